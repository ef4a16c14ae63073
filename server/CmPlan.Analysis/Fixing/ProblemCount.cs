using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Fixing;

/// <summary>The diagnostics of one analysis as a multiset of <see cref="Problem"/>s: what a fix is judged by.</summary>
internal sealed class ProblemCount
{
    private readonly Dictionary<Problem, int> counts = [];

    private ProblemCount(AnalysisResult result)
    {
        Result = result;
        foreach (var diagnostic in result.Diagnostics)
        {
            var problem = Of(diagnostic);
            counts[problem] = counts.GetValueOrDefault(problem) + 1;
        }
    }

    public AnalysisResult Result { get; }

    public static ProblemCount Of(AnalysisResult result) => new(result);

    public int this[Problem problem] => counts.GetValueOrDefault(problem);

    public Problem Of(Diagnostic diagnostic)
    {
        var (kind, id) = Owner(Result.Syntax, diagnostic.Span.Start);
        return new Problem(diagnostic.Rule, kind, id);
    }

    /// <summary>
    /// The problems counted more often here than in <paramref name="before"/>. An
    /// <c>unused-suppression</c> does not count: a fix that removes what a comment silenced makes the
    /// comment useless, and that is no new problem in the plan.
    /// </summary>
    public HashSet<Problem> RisenFrom(ProblemCount before) =>
        [.. counts.Where(c => c.Key.Rule != RuleIds.UnusedSuppression && c.Value > before[c.Key]).Select(c => c.Key)];

    /// <summary>The block (kind and id) whose header or property lines hold <paramref name="offset"/>, or (null, null) for the file.</summary>
    public static (BlockKind? Kind, string? Id) Owner(DocumentSyntax syntax, int offset)
    {
        var items = syntax.Items;
        var (low, high) = (0, items.Length - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            if (items[middle].Span.Start <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && items[high] is BlockSyntax block && offset <= block.Span.End
            ? (block.Kind, block.Argument is { } argument ? syntax.Source[argument.Span] : null)
            : (null, null);
    }
}
