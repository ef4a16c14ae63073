using System.Globalization;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Incremental;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Fixing;
using CmPlan.Cli.Inputs;
using CmPlan.Cli.Reporting;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan fix &lt;path…&gt; [--dry-run] [--unsafe]</c>: applies preferred quick fixes with
/// <see cref="PlanFixer"/> and writes each changed file atomically; <c>--dry-run</c> prints a
/// unified diff instead. Per file it prints the fixes applied and the diagnostics that remain; the
/// counts come from the analysis of what the file holds at the end. Exit 1 when errors remain, 2 when
/// a file could not be fixed: not written (read-only, changed on disk since it was read…) or not UTF-8.
/// </summary>
public static class FixCommand
{
    private const string DryRun = "--dry-run";
    private const string Unsafe = "--unsafe";

    private static readonly OptionSpec[] Options =
    [
        OptionSpec.Flag(DryRun),
        OptionSpec.Flag(Unsafe),
        OptionSpec.Value("--now"),
        OptionSpec.Value("--config"),
    ];

    public static int Run(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ArgumentParser.Parse(args, "fix", Options);
        if (parsed.Help)
        {
            env.Out.Write(HelpTexts.In(HelpTexts.Fix, LanguageChoice.Of(parsed, env)));
            return ExitCodes.Success;
        }

        var clock = NowOption.Parse(parsed.Value("--now"));
        var words = Words.For(LanguageChoice.Of(parsed, env));
        if (parsed.Positionals.IsEmpty)
        {
            throw new CliError(MessageId.CliFixNeedsPath);
        }

        var paths = InputPaths.Expand(parsed.Positionals, env.WorkingDirectory);
        if (paths.Any(p => p.IsStdin))
        {
            throw new CliError(MessageId.CliFixNoStdin);
        }

        var configs = new ConfigResolver(parsed.Value("--config"), env.WorkingDirectory);
        var inputs = paths.Select(p => (Input: InputReader.Read(p, env), Config: configs.For(p))).ToList();
        var options = new FixOptions(IncludeUnsafe: parsed.Has(Unsafe));
        var dryRun = parsed.Has(DryRun);
        var (fixes, files, errors, failed) = (0, 0, 0, 0);
        foreach (var (input, config) in inputs)
        {
            var session = new AnalysisSession(input.Source, new AnalysisOptions(clock, config) { Language = words.Language, MediaFiles = input.Path.MediaFiles() });
            if (input.Source.InvalidUtf8ByteOffset is { } offset)
            {
                // What is on disk stays as it is: its problems are still there, and say so.
                env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cmplan: {input.DisplayPath}: not fixed: invalid UTF-8 at byte {offset}"));
                errors += Report(input.DisplayPath, input.Source, [], session.Result, env.Out);
                failed++;
                continue;
            }

            var outcome = PlanFixer.Fix(session, options);
            if (outcome.Changed && dryRun)
            {
                env.Out.Write(UnifiedDiff.Create(input.DisplayPath, input.Source.Text, outcome.Text));
            }
            else if (outcome.Changed && AtomicFile.TryReplace(input, outcome.Text, env) is not WriteOutcome.Written)
            {
                // Not written: the counts are those of the file as it was read, which is what the disk holds.
                errors += Report(input.DisplayPath, input.Source, [], session.Result, env.Out);
                failed++;
                continue;
            }

            errors += Report(input.DisplayPath, outcome.Final.Syntax.Source, outcome.Applied, outcome.Final, env.Out);
            fixes += outcome.Applied.Length;
            files += outcome.Changed ? 1 : 0;
        }

        env.Out.WriteLine(Summary(words, dryRun, fixes, files, errors, failed));
        return failed > 0 ? ExitCodes.UsageOrInput : errors > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>
    /// One file's part of the output (contract §6): each fix applied, <c>path:line:column: rule-id: title</c>
    /// in the order applied, then the diagnostics that remain, as <c>check</c> prints them. Returns the errors that remain.
    /// </summary>
    private static int Report(string path, SourceText text, IEnumerable<AppliedFix> applied, AnalysisResult final, TextWriter output)
    {
        foreach (var fix in applied)
        {
            var at = Position.Of(text, new TextSpan(fix.Offset, 0));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{at.Line}:{at.Column}: {fix.Rule}: {fix.Title}"));
        }

        TextReporter.WriteDiagnostics(path, text, final.Diagnostics, output);
        return final.Diagnostics.Count(d => d.Severity == Severity.Error);
    }

    private static string Summary(Words words, bool dryRun, int fixes, int files, int errors, int failed) =>
        words.Say(
            dryRun ? MessageId.FixesWouldApply : MessageId.FixesApplied,
            ("fixes", words.Count(fixes, dryRun ? Noun.FixToApply : Noun.FixApplied)),
            ("files", words.Count(files, Noun.File)),
            ("errors", words.Count(errors, Noun.ErrorRemains)))
        + (failed == 0 ? string.Empty : words.Say(MessageId.FixesFailed, ("files", words.Count(failed, Noun.FileNotFixed))))
        + ".";

}
