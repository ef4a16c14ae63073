namespace CmPlan.Analysis.Fixing;

/// <summary>Groups fixes into passes that can be applied together: one fix per block, no two whose edits overlap or insert at one place.</summary>
internal static class FixPasses
{
    /// <summary>The first pass that can be made of <paramref name="candidates"/>, in document order; the others are left for later.</summary>
    public static List<FixCandidate> First(IEnumerable<FixCandidate> candidates)
    {
        var pass = new List<FixCandidate>();
        var blocks = new HashSet<(Grammar.Syntax.BlockKind?, string?)>();
        foreach (var candidate in candidates.OrderBy(c => c.Start))
        {
            // One per block, and none in the file outside blocks: that text may be anything, so alone.
            if (candidate.Block.Kind is null && pass.Count > 0
                || pass.Exists(p => p.Block.Kind is null)
                || !blocks.Add(candidate.Block)
                || pass.Exists(p => Overlaps(p, candidate)))
            {
                continue;
            }

            pass.Add(candidate);
        }

        return pass;
    }

    /// <summary>Every candidate in some pass, the passes in the order <see cref="First"/> makes them.</summary>
    public static IEnumerable<List<FixCandidate>> Split(List<FixCandidate> candidates)
    {
        var left = candidates;
        while (left.Count > 0)
        {
            var pass = First(left);
            yield return pass;
            var taken = pass.ToHashSet(ReferenceEqualityComparer.Instance);
            left = left.Where(c => !taken.Contains(c)).ToList();
        }
    }

    private static bool Overlaps(FixCandidate a, FixCandidate b) =>
        a.Start < b.End && b.Start < a.End || a.Start == b.Start;
}
