using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Cli.Diffing;

/// <summary>Counts over every compared plan, and the worst severity the change introduces.</summary>
public sealed record DiffSummary(int Added, int Removed, int Moved, int Introduced, int Resolved, Severity? WorstIntroduced)
{
    public bool IsEmpty => Added + Removed + Moved + Introduced + Resolved == 0;

    public static DiffSummary From(IReadOnlyList<DiffedFile> files)
    {
        var introduced = files.SelectMany(f => f.Diff.Introduced).ToList();
        return new DiffSummary(
            files.Sum(f => f.Diff.Added.Length),
            files.Sum(f => f.Diff.Removed.Length),
            files.Sum(f => f.Diff.Moved.Length),
            introduced.Count,
            files.Sum(f => f.Diff.Resolved.Length),
            introduced.Count == 0 ? null : introduced.Min(d => d.Severity));
    }

    public int IntroducedOf(IReadOnlyList<DiffedFile> files, Severity severity) =>
        files.Sum(f => f.Diff.Introduced.Count(d => d.Severity == severity));
}
