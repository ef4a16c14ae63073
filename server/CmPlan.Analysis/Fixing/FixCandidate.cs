using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// A fix to try: the problem it must remove (its diagnostic's rule and owning block), where that
/// diagnostic starts and its message, the fix, and the block its edits land in (fixes of one pass are in different blocks).
/// </summary>
internal sealed record FixCandidate(Problem Problem, int Position, string Message, CodeFix Fix, (BlockKind? Kind, string? Id) Block)
{
    public static FixCandidate Of(ProblemCount count, Diagnostic diagnostic, CodeFix fix) =>
        new(count.Of(diagnostic), diagnostic.Span.Start, diagnostic.Message, fix, ProblemCount.Owner(count.Result.Syntax, fix.Edits.Min(e => e.Span.Start)));

    public int Start => Fix.Edits.Min(e => e.Span.Start);

    public int End => Fix.Edits.Max(e => e.Span.End);

    /// <summary>Moved past <paramref name="applied"/>, edits of other blocks made since this fix was computed (none overlaps it).</summary>
    public FixCandidate Through(IReadOnlyList<TextEdit> applied)
    {
        if (applied.Count == 0)
        {
            return this;
        }

        var edits = Fix.Edits.Select(e => e with { Span = new TextSpan(Map(e.Span.Start, applied), e.Span.Length) });
        return this with { Position = Map(Position, applied), Fix = Fix with { Edits = [.. edits] } };
    }

    /// <summary>Where <paramref name="offset"/> is after <paramref name="edits"/> (non-overlapping): shifted by those before it, at the start of one that replaced it.</summary>
    public static int Map(int offset, IEnumerable<TextEdit> edits)
    {
        var moved = offset;
        foreach (var edit in edits)
        {
            if (edit.Span.End <= offset && !(edit.Span.Length == 0 && edit.Span.Start == offset))
            {
                moved += edit.NewText.Length - edit.Span.Length;
            }
            else if (edit.Span.Start < offset)
            {
                moved -= offset - edit.Span.Start;
            }
        }

        return moved;
    }
}
