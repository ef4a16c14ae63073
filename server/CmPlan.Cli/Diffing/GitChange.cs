namespace CmPlan.Cli.Diffing;

/// <summary>One file of <c>git diff --name-status</c>: paths relative to the repository's top folder (no old one when added, no new one when deleted).</summary>
public sealed record GitChange(FileStatus Status, string? OldPath, string? NewPath)
{
    /// <summary>The path outputs name it by: the new one, else the old one.</summary>
    public string Path => NewPath ?? OldPath ?? throw new InvalidOperationException("a change names at least one path");
}
