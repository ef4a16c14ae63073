using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// Turns command-line paths into plans to read: files as given (a symbolic link named on the
/// command line is followed for reading), folders searched recursively for <c>*.cmplan</c>
/// (sorted, skipping tool and build folders), <c>-</c> for stdin. Each plan once.
/// The folder given is the boundary: the walk follows no symbolic link to a folder, nor one to a
/// file outside the folder (<c>env.cmplan -&gt; /proc/self/environ</c>); those are skipped with a
/// note. An entry it cannot use (a name that is not UTF-8, a folder it may not read) is kept with
/// its reason, so the commands report it and go on with the others.
/// </summary>
public static class InputPaths
{
    public const string Extension = ".cmplan";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    /// <summary>
    /// The plans to read; entries the walk skips (links out of the folder) are noted on <paramref name="notes"/>
    /// when given, in <paramref name="words"/>' language (English when not given).
    /// </summary>
    public static IReadOnlyList<InputPath> Expand(IReadOnlyList<string> args, string workingDirectory, TextWriter? notes = null, Words? words = null)
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
            var found = Directory.Exists(full) ? FindPlans(full, arg, workingDirectory, notes, words ?? Words.English)
                : File.Exists(full) ? [Named(full, workingDirectory)]
                : throw new CliError(words => words.Say(MessageId.CliPathProblem, ("path", arg), ("reason", words.Say(MessageId.CliNoSuchPath))));
            result.AddRange(found.Where(p => seen.Add(p.FullPath!)));
        }

        return result;
    }

    private static InputPath Named(string full, string workingDirectory) =>
        new(full, DisplayPaths.For(full, workingDirectory))
        {
            NotWritable = FileStatus.OfLink(full)?.Kind == FileKind.SymbolicLink || new FileInfo(full).LinkTarget is not null ? FileProblem.LinkNotWritten : null,
        };

    private static List<InputPath> FindPlans(string folder, string arg, string workingDirectory, TextWriter? notes, Words words)
    {
        var walk = new Walk(RealPaths.Of(folder) ?? folder, folder, workingDirectory);
        walk.Visit(folder);
        if (walk.Found.Count == 0)
        {
            throw new CliError(MessageId.CliNoPlansInFolder, ("path", arg), ("extension", Extension));
        }

        foreach (var (link, reason) in walk.Skipped)
        {
            notes?.WriteLine($"cmplan: {words.Say(MessageId.FileNotRead, ("path", DisplayPaths.For(link, workingDirectory)), ("reason", reason.In(words)))}");
        }

        // A link to a plan the walk finds anyway is that plan: read it once, under its own name.
        var regular = walk.Found.Where(f => f.Target is null).Select(f => walk.RealOf(f.Path)).ToHashSet(StringComparer.Ordinal);
        return walk.Found
            .Where(f => f.Target is null || !regular.Contains(f.Target))
            .Select(f => new InputPath(f.Path, DisplayPaths.For(f.Path, workingDirectory))
            {
                Unreadable = f.Problem,
                NotWritable = f.Target is null ? null : FileProblem.LinkNotWritten,
            })
            .OrderBy(p => p.DisplayPath, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Entry(string Path, string? Target, FileProblem? Problem);

    private sealed class Walk(string realRoot, string root, string workingDirectory)
    {
        public List<Entry> Found { get; } = [];

        public List<(string Path, FileProblem Reason)> Skipped { get; } = [];

        public string RealOf(string path) => Path.Join(realRoot, Path.GetRelativePath(root, path));

        public void Visit(string folder)
        {
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(folder).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Found.Add(new Entry(folder, null, FileProblem.FolderUnreadable(InputReader.Problem(e))));
                return;
            }

            foreach (var entry in entries)
            {
                // .NET decodes a name that is not UTF-8 with U+FFFD, a name no file has: say so, go on.
                var undecodable = entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(entry.FullName);
                if (entry is DirectoryInfo dir)
                {
                    if (undecodable)
                    {
                        Found.Add(new Entry(dir.FullName, null, FileProblem.FolderNameNotUtf8));
                    }
                    else if (dir.LinkTarget is null && !SkippedFolders.Contains(dir.Name))
                    {
                        // Symbolic links to folders are not followed: they can loop, or lead out.
                        Visit(dir.FullName);
                    }
                }
                else if (entry.Name.EndsWith(Extension, StringComparison.Ordinal))
                {
                    Add(entry, undecodable);
                }
            }
        }

        private void Add(FileSystemInfo entry, bool undecodable)
        {
            if (undecodable)
            {
                Found.Add(new Entry(entry.FullName, null, FileProblem.FileNameNotUtf8));
            }
            else if (entry.LinkTarget is null)
            {
                Found.Add(new Entry(entry.FullName, null, null));
            }
            else if (RealPaths.Of(entry.FullName) is not { } target)
            {
                Skipped.Add((entry.FullName, FileProblem.LinkToNothing));
            }
            else if (!RealPaths.IsWithin(target, realRoot))
            {
                Skipped.Add((entry.FullName, FileProblem.LinkOutOfFolder(DisplayPaths.For(root, workingDirectory))));
            }
            else
            {
                Found.Add(new Entry(entry.FullName, target, null));
            }
        }
    }
}
