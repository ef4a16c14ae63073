using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Cli.Reporting;

/// <summary>Counts over every checked file, by severity.</summary>
public sealed record CheckSummary(int Files, int Errors, int Warnings, int Infos, int Hints)
{
    public int Problems => Errors + Warnings + Infos + Hints;

    public static CheckSummary From(IReadOnlyList<CheckedFile> files)
    {
        var all = files.SelectMany(f => f.Result.Diagnostics).ToList();
        return new CheckSummary(
            files.Count,
            all.Count(d => d.Severity == Severity.Error),
            all.Count(d => d.Severity == Severity.Warning),
            all.Count(d => d.Severity == Severity.Info),
            all.Count(d => d.Severity == Severity.Hint));
    }
}
