using CmPlan.Analysis.Formatting;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Inputs;
using CmPlan.Cli.Running;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan format &lt;path…&gt; [--check]</c>: the canonical layout of <see cref="PlanFormatter"/>.
/// Files are rewritten atomically, keeping BOM and permissions; a file with invalid UTF-8 or that
/// the formatter refuses, or a symbolic link, is reported and left untouched (exit 1), as is one
/// that changed on disk since it was read or cannot be read (exit 2). <c>-</c> formats stdin to stdout.
/// </summary>
public static class FormatCommand
{
    private const string CheckFlag = "--check";

    private static readonly OptionSpec[] Options = [OptionSpec.Flag(CheckFlag), OptionSpec.Value(Jobs.Option)];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "format", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Format, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        if (parsed.Positionals.IsEmpty)
        {
            throw new CliError(MessageId.CliFormatNeedsPath);
        }

        var check = parsed.Has(CheckFlag);
        var jobs = Jobs.Of(parsed.Value(Jobs.Option), env);
        var words = Words.For(LanguageChoice.Of(parsed, env));
        var paths = InputPaths.Expand(parsed.Positionals, env.WorkingDirectory, env.Error, words);
        if (paths.Any(p => p.IsStdin))
        {
            return paths.Count == 1
                ? FormatStdin(words, env, check)
                : throw new CliError(MessageId.CliFormatStdinAlone);
        }

        // A plan that cannot be read is reported and the others are formatted; the run then exits 2.
        var inputs = InputReader.ReadEach(paths, env, words.Language, out var unreadable);

        // Formatted and written on every core; each plan's lines are printed in input order.
        var outcomes = OrderedPipeline.Run(inputs, input => Captured<Formatted>.Run(env, fileEnv => FormatFile(input, check, words, fileEnv)), jobs);
        var (changed, unchanged, failed, conflicts) = (0, 0, 0, 0);
        foreach (var outcome in outcomes)
        {
            switch (outcome.WriteTo(env))
            {
                case Formatted.Unchanged:
                    unchanged++;
                    break;
                case Formatted.Changed:
                    changed++;
                    break;
                case Formatted.Conflict:
                    conflicts++;
                    failed++;
                    break;
                default:
                    failed++;
                    break;
            }
        }

        env.Out.WriteLine(Summary(words, check, changed, unchanged, failed));
        return conflicts > 0 || unreadable > 0 ? ExitCodes.UsageOrInput : changed > 0 && check || failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>Formats one plan, and rewrites it unless only checking; its lines go to <paramref name="env"/>.</summary>
    private static Formatted FormatFile(InputFile input, bool check, Words words, CliEnvironment env)
    {
        var formatted = FormatOne(input, words, env);
        if (formatted is null)
        {
            return Formatted.Failed;
        }

        if (formatted == input.Source.Text)
        {
            return Formatted.Unchanged;
        }

        if (check)
        {
            env.Out.WriteLine(words.Say(MessageId.WouldReformat, ("path", input.DisplayPath)));
            return Formatted.Changed;
        }

        return AtomicFile.TryReplace(input, formatted, env, words) switch
        {
            WriteOutcome.Written => Formatted.Changed,
            WriteOutcome.Changed => Formatted.Conflict,
            _ => Formatted.Failed,
        };
    }

    private static int FormatStdin(Words words, CliEnvironment env, bool check)
    {
        var input = InputReader.Read(InputPath.Stdin, env);
        var formatted = FormatOne(input, words, env);
        if (formatted is null)
        {
            return ExitCodes.Problems;
        }

        if (check)
        {
            return formatted == input.Source.Text ? ExitCodes.Success : ExitCodes.Problems;
        }

        env.Out.Write(formatted);
        return ExitCodes.Success;
    }

    /// <summary>The formatted text, or null after reporting why the file cannot be formatted.</summary>
    private static string? FormatOne(InputFile input, Words words, CliEnvironment env)
    {
        if (input.Source.InvalidUtf8ByteOffset is { } offset)
        {
            env.Error.WriteLine($"cmplan: {input.DisplayPath}: {words.Say(MessageId.NotFormattedInvalidUtf8, ("byte", words.Number(offset)))}");
            return null;
        }

        var result = PlanFormatter.Format(input.Source, words.Language);
        if (!result.Succeeded)
        {
            env.Error.WriteLine($"cmplan: {input.DisplayPath}: {result.Refusal}");
            return null;
        }

        return result.Text;
    }

    private static string Summary(Words words, bool check, int changed, int unchanged, int failed)
    {
        var parts = new List<string>
        {
            check
                ? words.Say(MessageId.FormatWould, ("files", words.Count(changed, Noun.FileWouldReformat)))
                : words.Say(MessageId.FormatDone, ("files", words.Count(changed, Noun.FileReformatted))),
            check
                ? words.Say(MessageId.FormatAlready, ("files", words.Count(unchanged, Noun.FileAlreadyFormatted)))
                : words.Say(MessageId.FormatUnchanged, ("files", words.Count(unchanged, Noun.FileUnchanged))),
        };
        if (failed > 0)
        {
            parts.Add(words.Say(MessageId.FormatFailed, ("files", words.Count(failed, Noun.FileNotFormatted))));
        }

        return string.Join(", ", parts);
    }

    /// <summary>What became of one plan: already formatted, reformatted (or would be), changed on disk since read, or not formatted.</summary>
    private enum Formatted
    {
        Unchanged,
        Changed,
        Conflict,
        Failed,
    }
}
