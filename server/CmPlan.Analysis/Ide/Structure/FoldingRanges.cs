using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// Foldable line ranges: every block spanning more than its header (to its last non-blank line),
/// every text block (from its <c>text</c> line), and every run of two or more comment lines,
/// between blocks or inside one. Sorted by start line.
/// </summary>
/// <remarks>
/// An editor asks after every keystroke. A block's ranges depend on its text alone: they are kept
/// from its first line, under its <see cref="BlockSyntax.Identity"/>, so a block an edit only moved
/// is not read again (reading a moved block's body copies it).
/// </remarks>
public static class FoldingRanges
{
    private static readonly ConditionalWeakTable<object, FoldingRange[]> Kept = new();

    public static ImmutableArray<FoldingRange> Of(AnalysisResult result) =>
        [.. Placed(result).Select(r => new FoldingRange(r.StartLine, r.EndLine, r.Kind))];

    /// <summary>The ranges of <see cref="Of"/>, in its order, one at a time: what a server writes straight into its answer builds no list of them.</summary>
    public static IEnumerable<(int StartLine, int EndLine, FoldingKind Kind)> Placed(AnalysisResult result)
    {
        // The comment runs between blocks and the blocks' ranges are each in order already: merged, not sorted.
        var between = new List<FoldingRange>();
        CommentRuns(result.Syntax.Items, between);
        var next = 0;
        foreach (var block in result.Syntax.Blocks)
        {
            if (!Kept.TryGetValue(block.Identity, out var kept))
            {
                kept = OfBlock(block);
                Kept.AddOrUpdate(block.Identity, kept);
            }

            foreach (var range in kept)
            {
                var placed = (StartLine: range.StartLine + block.FirstLine, EndLine: range.EndLine + block.FirstLine, range.Kind);
                for (; next < between.Count && Precedes(between[next], placed.StartLine, placed.EndLine); next++)
                {
                    yield return (between[next].StartLine, between[next].EndLine, between[next].Kind);
                }

                yield return placed;
            }
        }

        foreach (var range in between.Skip(next))
        {
            yield return (range.StartLine, range.EndLine, range.Kind);
        }
    }

    /// <summary>The order of the answer: by start line, the longer range first; of two alike, the one between blocks.</summary>
    private static bool Precedes(FoldingRange between, int startLine, int endLine) =>
        between.StartLine < startLine || (between.StartLine == startLine && between.EndLine >= endLine);

    /// <summary>A block's ranges, from its first line, in the order of the answer.</summary>
    private static FoldingRange[] OfBlock(BlockSyntax block)
    {
        var ranges = new List<FoldingRange>();
        if (block.LastLine > block.FirstLine)
        {
            ranges.Add(new FoldingRange(block.FirstLine, block.LastLine, FoldingKind.Region));
        }

        foreach (var property in block.Properties.Where(p => p.TextBlock is not null && p.LastLine > p.FirstLine))
        {
            ranges.Add(new FoldingRange(property.FirstLine, property.LastLine, FoldingKind.Region));
        }

        CommentRuns(block.Body, ranges);
        return [.. ranges
            .OrderBy(r => r.StartLine)
            .ThenByDescending(r => r.EndLine)
            .Select(r => new FoldingRange(r.StartLine - block.FirstLine, r.EndLine - block.FirstLine, r.Kind))];
    }

    private static void CommentRuns(ImmutableArray<LineSyntax> lines, List<FoldingRange> ranges)
    {
        int? start = null;
        var end = 0;
        foreach (var line in lines)
        {
            if (line is CommentLineSyntax comment && start is not null && comment.Line == end + 1)
            {
                end = comment.Line;
                continue;
            }

            Flush(start, end, ranges);
            start = line is CommentLineSyntax first ? first.Line : null;
            end = start ?? 0;
        }

        Flush(start, end, ranges);
    }

    private static void Flush(int? start, int end, List<FoldingRange> ranges)
    {
        if (start is { } s && end > s)
        {
            ranges.Add(new FoldingRange(s, end, FoldingKind.Comment));
        }
    }
}
