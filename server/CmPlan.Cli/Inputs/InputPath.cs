using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// One plan to read: its full path, or null for standard input, and how outputs name it (escaped:
/// see <see cref="DisplayPaths"/>). A folder walk may find an entry it cannot use: then
/// <see cref="Unreadable"/> says why, and the commands report it instead of reading it.
/// </summary>
public sealed record InputPath(string? FullPath, string DisplayPath)
{
    public const string StdinName = "<stdin>";

    public static InputPath Stdin { get; } = new(null, StdinName);

    public bool IsStdin => FullPath is null;

    /// <summary>Why this entry cannot be read (an undecodable name, an unreadable folder); null when it can.</summary>
    public FileProblem? Unreadable { get; init; }

    /// <summary>
    /// Why <c>fix</c> and <c>format</c> must not write it (a symbolic link: they write only regular
    /// files in the tree they are given); null when they may.
    /// </summary>
    public FileProblem? NotWritable { get; init; }

    /// <summary>Where its media paths are looked up (<c>media-not-found</c>): its folder, within its repository; none for standard input.</summary>
    public IMediaFiles? MediaFiles() => FullPath is { } path ? MediaFolder.ForPlan(path) : null;
}
