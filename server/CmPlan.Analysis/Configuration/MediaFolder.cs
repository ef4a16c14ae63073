namespace CmPlan.Analysis.Configuration;

/// <summary>
/// The media files of a plan read from <see cref="Folder"/>: a path is looked up relative to it,
/// and only inside <see cref="Boundary"/> — the repository root (the first folder above holding
/// <c>.git</c>), or the plan's folder outside a repository — once every symbolic link is resolved,
/// so a plan cannot make the tools say whether a file exists elsewhere (docs/security.md).
/// </summary>
public sealed record MediaFolder(string Folder, string Boundary) : IMediaFiles
{
    /// <summary>The media folder of the plan at <paramref name="planPath"/>; null when it has no folder.</summary>
    public static MediaFolder? ForPlan(string planPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(planPath));
        if (folder is null || RealPaths.Of(folder) is not { } real)
        {
            return null;
        }

        var boundary = real;
        for (var current = real; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Path.Exists(Path.Combine(current, ConfigLoader.RepositoryMarker)))
            {
                boundary = current;
                break;
            }
        }

        return new MediaFolder(real, boundary);
    }

    /// <summary>At most this many files are listed, from at most this deep: completion, not an inventory.</summary>
    private const int MaxListed = 200;

    private const int MaxDepth = 3;

    private static readonly string[] Skipped = [".git", "node_modules", "bin", "obj"];

    /// <summary>
    /// The images and videos under <see cref="Folder"/> (symbolic links not followed, hidden and
    /// tool folders skipped), in ordinal order. Read when the editor asks for completion on a
    /// <c>media</c> line, never during an analysis.
    /// </summary>
    public IReadOnlyList<string> List()
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = MaxDepth,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        };
        try
        {
            return [.. Directory.EnumerateFiles(Folder, "*", options)
                .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !f.Split('/').Any(part => Skipped.Contains(part, StringComparer.Ordinal) || part.StartsWith('.')))
                .Where(f => Model.MediaKinds.Of(f) != Model.MediaKind.Unknown)
                .Order(StringComparer.Ordinal)
                .Take(MaxListed)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public MediaFileStatus Check(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path, Folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return MediaFileStatus.Missing;
        }

        // Checked as written first, so that nothing outside is even touched; then where links lead.
        if (!RealPaths.IsWithin(full, Boundary))
        {
            return MediaFileStatus.Outside;
        }

        if (RealPaths.Of(full) is not { } real)
        {
            return MediaFileStatus.Missing;
        }

        return !RealPaths.IsWithin(real, Boundary) ? MediaFileStatus.Outside
            : File.Exists(real) ? MediaFileStatus.Found
            : MediaFileStatus.Missing;
    }
}
