namespace CmPlan.Analysis.Incremental;

/// <summary>
/// How many post blocks of a document have each valid id, as its last binding found: whether the
/// posts an edit parsed again can change which posts are first definitions (<see cref="Rebinding"/>).
/// Owned by one session: a fork counts its own.
/// </summary>
internal sealed class PostIds
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>Whether some id names more than one post.</summary>
    public bool HasDuplicates { get; private set; }

    public void Add(string id)
    {
        var count = counts.GetValueOrDefault(id) + 1;
        counts[id] = count;
        HasDuplicates |= count > 1;
    }

    /// <summary>
    /// Replaces <paramref name="removed"/> ids with <paramref name="added"/> ones (nulls are posts
    /// without a valid id) when that changes no other post: every removed id was a post's alone,
    /// and every added one is new and given once. Otherwise changes nothing and says false.
    /// </summary>
    public bool TryReplace(IReadOnlyList<string?> removed, IReadOnlyList<string?> added)
    {
        // Sets, not list lookups: a replace-all over every post of a large plan passes thousands of each.
        var gone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in removed)
        {
            if (id is not null && (counts.GetValueOrDefault(id) != 1 || !gone.Add(id)))
            {
                return false;
            }
        }

        var come = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in added)
        {
            if (id is not null && ((counts.ContainsKey(id) && !gone.Contains(id)) || !come.Add(id)))
            {
                return false;
            }
        }

        foreach (var id in gone)
        {
            counts.Remove(id);
        }

        foreach (var id in come)
        {
            counts[id] = 1;
        }

        return true;
    }
}
