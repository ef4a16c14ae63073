namespace CmPlan.Cli.Inputs;

/// <summary>One plan to read: its full path, or null for standard input, and how outputs name it.</summary>
public sealed record InputPath(string? FullPath, string DisplayPath)
{
    public const string StdinName = "<stdin>";

    public static InputPath Stdin { get; } = new(null, StdinName);

    public bool IsStdin => FullPath is null;
}
