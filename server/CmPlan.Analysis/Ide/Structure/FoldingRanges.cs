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

    public static ImmutableArray<FoldingRange> Of(AnalysisResult result)
    {
        var ranges = new List<FoldingRange>();
        CommentRuns(result.Syntax.Items, ranges);
        foreach (var block in result.Syntax.Blocks)
        {
            foreach (var range in Kept.GetValue(block.Identity, _ => OfBlock(block)))
            {
                ranges.Add(new FoldingRange(range.StartLine + block.FirstLine, range.EndLine + block.FirstLine, range.Kind));
            }
        }

        return [.. ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine)];
    }

    /// <summary>A block's ranges, from its first line.</summary>
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
        return [.. ranges.Select(r => new FoldingRange(r.StartLine - block.FirstLine, r.EndLine - block.FirstLine, r.Kind))];
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
