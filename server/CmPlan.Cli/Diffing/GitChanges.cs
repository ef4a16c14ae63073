using CmPlan.Cli.Inputs;

namespace CmPlan.Cli.Diffing;

/// <summary>
/// The plans that differ between a revision and the working tree: <c>git diff --name-status -M</c>
/// (renames detected), kept to <c>.cmplan</c> files. A rename to or from another extension counts
/// as the plan added or deleted.
/// </summary>
public static class GitChanges
{
    public static IReadOnlyList<GitChange> Between(string workingDirectory, string revision, IReadOnlyList<string> paths)
    {
        var output = GitCommand.RunText(workingDirectory, [.. new[] { "diff", "--no-ext-diff", "--name-status", "-z", "-M", revision, "--" }, .. paths]);
        var fields = output.Split('\0');
        var changes = new List<GitChange>();
        for (var i = 0; i + 1 < fields.Length;)
        {
            var status = fields[i++];
            if (status.StartsWith('R') || status.StartsWith('C'))
            {
                var from = fields[i++];
                var to = fields[i++];
                GitChange? change = (IsPlan(from), IsPlan(to)) switch
                {
                    (true, true) when status.StartsWith('R') => new GitChange(FileStatus.Renamed, from, to),
                    (_, true) => new GitChange(FileStatus.Added, null, to),
                    (true, false) => new GitChange(FileStatus.Deleted, from, null),
                    _ => null,
                };
                if (change is not null)
                {
                    changes.Add(change);
                }

                continue;
            }

            var path = fields[i++];
            if (IsPlan(path))
            {
                changes.Add(status[0] switch
                {
                    'A' => new GitChange(FileStatus.Added, null, path),
                    'D' => new GitChange(FileStatus.Deleted, path, null),
                    _ => new GitChange(FileStatus.Modified, path, path),
                });
            }
        }

        return changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    private static bool IsPlan(string path) => path.EndsWith(InputPaths.Extension, StringComparison.Ordinal);
}
