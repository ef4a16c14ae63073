using System.Collections.Immutable;
using System.IO.Enumeration;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The plans of the workspace folders: every <c>*.cmplan</c> under them, sorted, each once (folders
/// may nest), skipping <c>.git</c>, <c>node_modules</c>, <c>bin</c> and <c>obj</c> as the CLI does.
/// No symbolic link is followed, to a folder or to a file: a link can lead out of the workspace
/// (<c>env.cmplan -&gt; /proc/self/environ</c>), and one that stays inside names a plan the walk
/// finds anyway. A folder opened by mistake (a home folder) costs a bounded walk:
/// <see cref="MaxEntries"/> entries looked at, <see cref="MaxPlans"/> plans kept.
/// </summary>
public static class PlanWalk
{
    public const int MaxEntries = 100_000;

    public const int MaxPlans = 2_000;

    private const string Extension = ".cmplan";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint, // symbolic links, to files and to folders
        MatchType = MatchType.Simple,
    };

    /// <summary>The plans under <paramref name="roots"/>; <see cref="PlanWalkResult.Limit"/> says which limit cut the walk short, if one did.</summary>
    public static PlanWalkResult Find(IEnumerable<string> roots)
    {
        var plans = new SortedSet<string>(StringComparer.Ordinal);
        var entries = 0;
        foreach (var root in roots.Where(Directory.Exists))
        {
            var walk = new FileSystemEnumerable<string>(root, (ref FileSystemEntry e) => e.ToFullPath(), Options)
            {
                ShouldRecursePredicate = (ref FileSystemEntry e) => !SkippedFolders.Contains(e.FileName.ToString()),
                // Every entry counts toward the limit; past it, one more is let through to stop the loop.
                ShouldIncludePredicate = (ref FileSystemEntry e) =>
                    ++entries > MaxEntries || (!e.IsDirectory && e.FileName.EndsWith(Extension, StringComparison.Ordinal)),
            };
            foreach (var path in walk)
            {
                if (entries > MaxEntries)
                {
                    return new PlanWalkResult([.. plans], PlanWalkLimit.Entries);
                }

                plans.Add(path);
                if (plans.Count >= MaxPlans)
                {
                    return new PlanWalkResult([.. plans], PlanWalkLimit.Plans);
                }
            }
        }

        return new PlanWalkResult([.. plans], null);
    }
}

/// <summary>The plans a walk found, and the limit that stopped it early (null when it saw everything).</summary>
public sealed record PlanWalkResult(ImmutableArray<string> Plans, PlanWalkLimit? Limit);

/// <summary>Which of <see cref="PlanWalk"/>'s bounds cut a walk short.</summary>
public enum PlanWalkLimit
{
    /// <summary><see cref="PlanWalk.MaxEntries"/> files and folders looked at.</summary>
    Entries,

    /// <summary><see cref="PlanWalk.MaxPlans"/> plans found.</summary>
    Plans,
}
