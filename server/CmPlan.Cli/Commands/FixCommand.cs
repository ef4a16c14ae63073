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
using CmPlan.Cli.Running;
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
        OptionSpec.Value(Jobs.Option),
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
        var jobs = Jobs.Of(parsed.Value(Jobs.Option), env);
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

        // As check does: a plan that cannot be read is reported and the others are fixed; the run then exits 2.
        var inputs = InputReader.ReadEach(paths, env, words.Language, out var unreadable)
            .Select(input => (Input: input, Config: configs.For(input.Path)))
            .ToList();
        var options = new FixOptions(IncludeUnsafe: parsed.Has(Unsafe));
        var dryRun = parsed.Has(DryRun);
        var language = words.Language;

        // Fixed and written on every core; each plan's lines are printed in input order.
        var outcomes = OrderedPipeline.Run(
            inputs,
            i => Captured<FileFixed>.Run(env, fileEnv => FixOne(i.Input, new AnalysisOptions(clock, i.Config) { Language = language, MediaFiles = i.Input.Path.MediaFiles() }, options, dryRun, fileEnv)),
            jobs);
        var (fixes, files, errors, failed) = (0, 0, 0, unreadable);
        foreach (var outcome in outcomes)
        {
            var file = outcome.WriteTo(env);
            (fixes, files, errors, failed) = (fixes + file.Fixes, files + (file.Changed ? 1 : 0), errors + file.Errors, failed + (file.Failed ? 1 : 0));
        }

        env.Out.WriteLine(Summary(words, dryRun, fixes, files, errors, failed));
        return failed > 0 ? ExitCodes.UsageOrInput : errors > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>Fixes one plan and writes it (or its diff); its lines go to <paramref name="env"/>.</summary>
    private static FileFixed FixOne(InputFile input, AnalysisOptions analysis, FixOptions options, bool dryRun, CliEnvironment env)
    {
        var session = new AnalysisSession(input.Source, analysis);
        var words = Words.For(analysis.Language);
        if (input.Source.InvalidUtf8ByteOffset is { } offset)
        {
            // What is on disk stays as it is: its problems are still there, and say so.
            env.Error.WriteLine($"cmplan: {input.DisplayPath}: {words.Say(MessageId.NotFixedInvalidUtf8, ("byte", words.Number(offset)))}");
            return new FileFixed(0, false, Report(input.DisplayPath, input.Source, [], session.Result, env.Out), Failed: true);
        }

        var outcome = PlanFixer.Fix(session, options);
        if (outcome.Changed && dryRun)
        {
            env.Out.Write(UnifiedDiff.Create(input.DisplayPath, input.Source.Text, outcome.Text));
        }
        else if (outcome.Changed && AtomicFile.TryReplace(input, outcome.Text, env, words) is not WriteOutcome.Written)
        {
            // Not written: the counts are those of the file as it was read, which is what the disk holds.
            return new FileFixed(0, false, Report(input.DisplayPath, input.Source, [], session.Result, env.Out), Failed: true);
        }

        var errors = Report(input.DisplayPath, outcome.Final.Syntax.Source, outcome.Applied, outcome.Final, env.Out);
        return new FileFixed(outcome.Applied.Length, outcome.Changed, errors, Failed: false);
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

    /// <summary>One plan's share of the summary: fixes applied, whether it changed, errors that remain, whether it could not be fixed.</summary>
    private sealed record FileFixed(int Fixes, bool Changed, int Errors, bool Failed);
}
