namespace CmPlan.Cli.Diffing;

/// <summary>What happened to a plan file between the two sides, as <c>git diff --name-status</c> says it.</summary>
public enum FileStatus
{
    Added,
    Deleted,
    Modified,
    Renamed,
}
