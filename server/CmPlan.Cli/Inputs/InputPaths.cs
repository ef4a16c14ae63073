namespace CmPlan.Cli.Inputs;

/// <summary>
/// Turns command-line paths into plans to read: files as given, folders searched recursively for
/// <c>*.cmplan</c> (sorted, skipping tool and build folders), <c>-</c> for stdin. Each plan once.
/// </summary>
public static class InputPaths
{
    public const string Extension = ".cmplan";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    public static IReadOnlyList<InputPath> Expand(IReadOnlyList<string> args, string workingDirectory)
    {
        var result = new List<InputPath>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            if (arg == "-")
            {
                if (seen.Add(InputPath.StdinName))
                {
                    result.Add(InputPath.Stdin);
                }

                continue;
            }

            var full = Path.GetFullPath(arg, workingDirectory);
            var found = Directory.Exists(full) ? FindPlans(full, arg, workingDirectory)
                : File.Exists(full) ? [new InputPath(full, DisplayPaths.For(full, workingDirectory))]
                : throw new CliError($"{arg}: no such file or folder");
            result.AddRange(found.Where(p => seen.Add(p.FullPath!)));
        }

        return result;
    }

    private static List<InputPath> FindPlans(string folder, string arg, string workingDirectory)
    {
        var files = new List<string>();
        Walk(folder, files);
        if (files.Count == 0)
        {
            throw new CliError($"{arg}: no {Extension} files in this folder");
        }

        return files
            .Select(f => new InputPath(f, DisplayPaths.For(f, workingDirectory)))
            .OrderBy(p => p.DisplayPath, StringComparer.Ordinal)
            .ToList();
    }

    private static void Walk(string folder, List<string> files)
    {
        try
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo dir)
                {
                    // Symbolic links to folders are not followed: they can loop.
                    if (dir.LinkTarget is null && !SkippedFolders.Contains(dir.Name))
                    {
                        Walk(dir.FullName, files);
                    }
                }
                else if (entry.Name.EndsWith(Extension, StringComparison.Ordinal))
                {
                    files.Add(entry.FullName);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"cannot read folder {folder}: {InputReader.Reason(e)}", e);
        }
    }
}
