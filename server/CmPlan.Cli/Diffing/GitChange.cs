namespace CmPlan.Cli.Diffing;

/// <summary>One file of <c>git diff --name-status</c>: paths relative to the repository's top folder.</summary>
public sealed record GitChange(FileStatus Status, string? OldPath, string? NewPath);
