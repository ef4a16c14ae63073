using System.Globalization;
using CmPlan.Analysis.Formatting;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Inputs;
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

    private static readonly OptionSpec[] Options = [OptionSpec.Flag(CheckFlag)];

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
        var words = Words.For(LanguageChoice.Of(parsed, env));
        var paths = InputPaths.Expand(parsed.Positionals, env.WorkingDirectory, env.Error);
        if (paths.Any(p => p.IsStdin))
        {
            return paths.Count == 1
                ? FormatStdin(env, check)
                : throw new CliError(MessageId.CliFormatStdinAlone);
        }

        // A plan that cannot be read is reported and the others are formatted; the run then exits 2.
        var inputs = InputReader.ReadEach(paths, env, out var unreadable);
        var (changed, unchanged, failed, conflicts) = (0, 0, 0, 0);
        foreach (var input in inputs)
        {
            var formatted = FormatOne(input, env);
            if (formatted is null)
            {
                failed++;
            }
            else if (formatted == input.Source.Text)
            {
                unchanged++;
            }
            else if (check)
            {
                env.Out.WriteLine(words.Say(MessageId.WouldReformat, ("path", input.DisplayPath)));
                changed++;
            }
            else
            {
                switch (AtomicFile.TryReplace(input, formatted, env))
                {
                    case WriteOutcome.Written:
                        changed++;
                        break;
                    case WriteOutcome.Changed:
                        conflicts++;
                        failed++;
                        break;
                    default:
                        failed++;
                        break;
                }
            }
        }

        env.Out.WriteLine(Summary(words, check, changed, unchanged, failed));
        return conflicts > 0 || unreadable > 0 ? ExitCodes.UsageOrInput : changed > 0 && check || failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static int FormatStdin(CliEnvironment env, bool check)
    {
        var input = InputReader.Read(InputPath.Stdin, env);
        var formatted = FormatOne(input, env);
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
    private static string? FormatOne(InputFile input, CliEnvironment env)
    {
        if (input.Source.InvalidUtf8ByteOffset is { } offset)
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cmplan: {input.DisplayPath}: not formatted: invalid UTF-8 at byte {offset}"));
            return null;
        }

        var result = PlanFormatter.Format(input.Source);
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
}
