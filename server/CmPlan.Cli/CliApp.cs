using CmPlan.Analysis.Localization;
using CmPlan.Cli.Commands;
using CmPlan.Cli.Output;

namespace CmPlan.Cli;

/// <summary>
/// The command line as a function: arguments and an environment in, an exit code out. Every
/// failure ends here as one <c>cmplan: …</c> line on stderr and exit 2, never a stack trace; so
/// does output that could not be written (a full disk, a closed descriptor), except a reader that
/// went away (a closed pipe), which ends the run quietly with 141, as a Unix tool a SIGPIPE ends.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        try
        {
            var code = Dispatch(args, env);

            // Inside the try: a flush that fails (ENOSPC on a redirect) is a failed run, not exit 0.
            env.Out.Flush();
            return code;
        }
        catch (OutputFailedException e) when (e.BrokenPipe)
        {
            return ExitCodes.BrokenPipe;
        }
        catch (OutputFailedException e)
        {
            TryWriteLine(env.Error, $"cmplan: {CannotWrite(args, env, e)}");
            return ExitCodes.UsageOrInput;
        }
        catch (CliError e)
        {
            TryWriteLine(env.Error, $"cmplan: {Terminal.Escape(OneLine(e.In(ErrorLanguage(args, env))))}");
            return ExitCodes.UsageOrInput;
        }
        catch (IOException e)
        {
            // Inputs are read behind CliError, so an I/O error here is the output going away (a closed pipe).
            TryWriteLine(env.Error, $"cmplan: {CannotWrite(args, env, e)}");
            return ExitCodes.UsageOrInput;
        }
#pragma warning disable CA1031 // The last line of defence: any bug becomes one line and exit 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            TryWriteLine(env.Error, "cmplan: " + Words.For(ErrorLanguage(args, env)).Say(
                MessageId.CliInternalError, ("type", e.GetType().Name), ("reason", Terminal.Escape(OneLine(e.Message)))));
            return ExitCodes.UsageOrInput;
        }
        finally
        {
            TryFlush(env.Out);
            TryFlush(env.Error);
        }
    }

    /// <summary>
    /// The language of a failure's line: the run's (<c>--lang</c>, else the environment), read again here
    /// because the failure may come before the command read its options; an invalid <c>--lang</c> is itself
    /// the failure, said in the environment's language.
    /// </summary>
    private static Language ErrorLanguage(string[] args, CliEnvironment env)
    {
        try
        {
            return Arguments.LanguageChoice.Resolve(Arguments.ArgumentParser.LangOf(args), env.Variable);
        }
        catch (CliError)
        {
            return Arguments.LanguageChoice.Resolve(null, env.Variable);
        }
    }

    private static string CannotWrite(string[] args, CliEnvironment env, Exception e)
    {
        var words = Words.For(ErrorLanguage(args, env));
        var reason = e is OutputFailedException failed ? failed.In(words) : e.Message;
        return words.Say(MessageId.CliCannotWriteOutput, ("reason", OneLine(reason)));
    }

    private static int Dispatch(string[] args, CliEnvironment env)
    {
        if (args.Length == 0)
        {
            throw new CliError(MessageId.CliMissingCommand);
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "-h" or "--help" or "help":
                env.Out.Write(HelpTexts.In(HelpTexts.TopLevel, Arguments.LanguageChoice.Resolve(Arguments.ArgumentParser.LangOf(args), env.Variable)));
                return ExitCodes.Success;
            case "--version":
                env.Out.WriteLine($"{VersionInfo.ToolName} {VersionInfo.Version}");
                return ExitCodes.Success;
            case "check":
                return CheckCommand.Run(rest, env);
            case "schedule":
                return ScheduleCommand.Run(rest, env);
            case "diff":
                return DiffCommand.Run(rest, env);
            case "format":
                return FormatCommand.Run(rest, env);
            case "fix":
                return FixCommand.Run(rest, env);
            case "rules":
                return RulesCommand.Run(rest, env);
            case "explain":
                return ExplainCommand.Run(rest, env);
            case "lsp":
                return LspCommand.Run(rest, env);
            case var option when option.StartsWith('-'):
                throw new CliError(MessageId.CliUnknownGlobalOption, ("option", option));
            case var unknown:
                throw new CliError(MessageId.CliUnknownCommand, ("command", unknown));
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static void TryFlush(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // The reader is gone; there is no one left to tell.
        }
    }

    private static void TryWriteLine(TextWriter writer, string line)
    {
        try
        {
            writer.WriteLine(line);
        }
        catch (IOException)
        {
            // As above.
        }
    }
}
