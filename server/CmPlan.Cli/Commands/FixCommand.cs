using System.Globalization;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Cli.Arguments;
using CmPlan.Cli.Fixing;
using CmPlan.Cli.Inputs;

namespace CmPlan.Cli.Commands;

/// <summary>
/// <c>cmplan fix &lt;path…&gt; [--dry-run] [--unsafe]</c>: applies preferred quick fixes with
/// <see cref="PlanFixer"/> and writes each changed file atomically; <c>--dry-run</c> prints a
/// unified diff instead. Exit 1 when errors remain or a file could not be written, 2 when a file
/// changed on disk since it was read (it is left as the other program wrote it).
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
            env.Out.Write(HelpTexts.Fix);
            return ExitCodes.Success;
        }

        var clock = NowOption.Parse(parsed.Value("--now"));
        if (parsed.Positionals.IsEmpty)
        {
            throw new CliError("fix needs at least one path: a file or a folder");
        }

        var paths = InputPaths.Expand(parsed.Positionals, env.WorkingDirectory);
        if (paths.Any(p => p.IsStdin))
        {
            throw new CliError("fix rewrites files: give paths, not - (cmplan check - reads stdin)");
        }

        var configs = new ConfigResolver(parsed.Value("--config"), env.WorkingDirectory);
        var inputs = paths.Select(p => (Input: InputReader.Read(p, env), Config: configs.For(p))).ToList();
        var options = new FixOptions(IncludeUnsafe: parsed.Has(Unsafe));
        var dryRun = parsed.Has(DryRun);
        var (fixes, files, errors, failed, changed) = (0, 0, 0, 0, 0);
        foreach (var (input, config) in inputs)
        {
            if (input.Source.InvalidUtf8ByteOffset is { } offset)
            {
                env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cmplan: {input.DisplayPath}: not fixed: invalid UTF-8 at byte {offset}"));
                failed++;
                continue;
            }

            var outcome = PlanFixer.Fix(input.Source, new AnalysisOptions(clock, config), options);
            errors += outcome.Remaining.Count(d => d.Severity == Severity.Error);
            if (!outcome.Changed)
            {
                continue;
            }

            if (dryRun)
            {
                env.Out.Write(UnifiedDiff.Create(input.DisplayPath, input.Source.Text, outcome.Text));
            }
            else if (AtomicFile.TryReplace(input, outcome.Text, env) is not WriteOutcome.Written and var written)
            {
                failed += written == WriteOutcome.Failed ? 1 : 0;
                changed += written == WriteOutcome.Changed ? 1 : 0;
                continue;
            }

            fixes += outcome.AppliedRules.Length;
            files++;
        }

        env.Out.WriteLine(Summary(dryRun, fixes, files, errors));
        return changed > 0 ? ExitCodes.UsageOrInput : errors > 0 || failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static string Summary(bool dryRun, int fixes, int files, int errors) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(dryRun ? "Would apply" : "Applied")} {HumanText.Count(fixes, "fix", "fixes")} in {HumanText.Count(files, "file")}; "
        + $"{HumanText.Count(errors, "error remains", "errors remain")}.");

}
