using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Diffing;

/// <summary>
/// Matches diagnostics across two analyses by (rule id, the block they are in), as multisets: a
/// block keeps its identity when lines above it move. Within one key, equal messages pair first, so
/// the diagnostics reported are the ones whose message is new or gone.
/// </summary>
internal static class DiagnosticMatcher
{
    public static (ImmutableArray<Diagnostic> Introduced, ImmutableArray<Diagnostic> Resolved) Match(AnalysisResult? before, AnalysisResult? after)
    {
        var oldGroups = Group(before);
        var newGroups = Group(after);
        var introduced = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var resolved = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        foreach (var key in oldGroups.Keys.Union(newGroups.Keys))
        {
            var olds = oldGroups.GetValueOrDefault(key) ?? [];
            var news = newGroups.GetValueOrDefault(key) ?? [];
            var unmatchedOld = new List<Diagnostic>(olds);
            var unmatchedNew = new List<Diagnostic>();
            foreach (var diagnostic in news)
            {
                var same = unmatchedOld.FindIndex(o => o.Message == diagnostic.Message);
                if (same >= 0)
                {
                    unmatchedOld.RemoveAt(same);
                }
                else
                {
                    unmatchedNew.Add(diagnostic);
                }
            }

            // Whatever is left pairs in file order; the surplus of one side is the change.
            var paired = Math.Min(unmatchedOld.Count, unmatchedNew.Count);
            introduced.UnionWith(unmatchedNew.Skip(paired));
            resolved.UnionWith(unmatchedOld.Skip(paired));
        }

        return (InFileOrder(after, introduced), InFileOrder(before, resolved));
    }

    private static ImmutableArray<Diagnostic> InFileOrder(AnalysisResult? result, HashSet<Diagnostic> chosen) =>
        result is null ? [] : [.. result.Diagnostics.Where(chosen.Contains)];

    private static Dictionary<(string Rule, string Block), List<Diagnostic>> Group(AnalysisResult? result)
    {
        var groups = new Dictionary<(string, string), List<Diagnostic>>();
        if (result is null)
        {
            return groups;
        }

        var blocks = result.Syntax.Blocks.ToList();
        foreach (var diagnostic in result.Diagnostics)
        {
            var key = (diagnostic.Rule, BlockOf(blocks, diagnostic.Span.Start));
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(diagnostic);
        }

        return groups;
    }

    /// <summary>The block a position is in, named by kind and id (<c>post webinar</c>); "" between blocks.</summary>
    private static string BlockOf(List<BlockSyntax> blocks, int offset)
    {
        int low = 0, high = blocks.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var block = blocks[mid];
            if (offset < block.Span.Start)
            {
                high = mid - 1;
            }
            else if (offset > block.Span.End)
            {
                low = mid + 1;
            }
            else
            {
                // Plan and policy blocks are one per file: their name is not their identity.
                return block.Kind is BlockKind.Plan or BlockKind.Policy
                    ? block.Keyword.Text
                    : $"{block.Keyword.Text} {block.Argument?.Text}";
            }
        }

        return "";
    }
}
