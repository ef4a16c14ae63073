using CmPlan.Cli.Commands;

namespace CmPlan.Cli;

/// <summary>
/// The command line as a function: arguments and an environment in, an exit code out. Every
/// failure ends here as one <c>cmplan: …</c> line on stderr and exit 2, never a stack trace.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        try
        {
            return Dispatch(args, env);
        }
        catch (CliError e)
        {
            env.Error.WriteLine($"cmplan: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (IOException e)
        {
            // Inputs are read behind CliError, so an I/O error here is the output going away (a closed pipe).
            TryWriteLine(env.Error, $"cmplan: cannot write the output: {OneLine(e.Message)}");
            return ExitCodes.UsageOrInput;
        }
#pragma warning disable CA1031 // The last line of defence: any bug becomes one line and exit 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            env.Error.WriteLine($"cmplan: internal error: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.UsageOrInput;
        }
        finally
        {
            TryFlush(env.Out);
            TryFlush(env.Error);
        }
    }

    private static int Dispatch(string[] args, CliEnvironment env)
    {
        if (args.Length == 0)
        {
            throw new CliError("missing command (try cmplan --help)");
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "-h" or "--help" or "help":
                env.Out.Write(HelpTexts.TopLevel);
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
                throw new CliError($"unknown option '{option}' (try cmplan --help)");
            case var unknown:
                throw new CliError($"unknown command '{unknown}' (try cmplan --help)");
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
