using CmPlan.Analysis;
using CmPlan.Analysis.Diffing;
using CmPlan.Cli.Reporting;

namespace CmPlan.Cli.Diffing;

/// <summary>
/// One plan compared: how outputs name it (the new path; the old one when deleted), its old path
/// when renamed, and the analyses of both sides (null for the side where it does not exist).
/// </summary>
public sealed record DiffedFile(string Path, string? OldPath, FileStatus Status, AnalysisResult? Before, AnalysisResult? After, PlanDiff Diff)
{
    public static DiffedFile Compare(string path, string? oldPath, FileStatus status, AnalysisResult? before, AnalysisResult? after) =>
        new(path, oldPath, status, before, after, PlanDiff.Compare(before, after));

    /// <summary>Where an introduced diagnostic is, in the new text.</summary>
    public Position PositionOf(Analysis.Diagnostics.Diagnostic introduced) =>
        Position.Of((After ?? throw new InvalidOperationException("a deleted file introduces nothing")).Syntax.Source, introduced.Span);

    public static string StatusName(FileStatus status) => status switch
    {
        FileStatus.Added => "added",
        FileStatus.Deleted => "deleted",
        FileStatus.Renamed => "renamed",
        _ => "modified",
    };
}
