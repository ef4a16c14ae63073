using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// Foldable line ranges: every block spanning more than its header (to its last non-blank line),
/// every text block (from its <c>text</c> line), and every run of two or more comment lines,
/// between blocks or inside one. Sorted by start line.
/// </summary>
public static class FoldingRanges
{
    public static ImmutableArray<FoldingRange> Of(AnalysisResult result)
    {
        var ranges = new List<FoldingRange>();
        CommentRuns(result.Syntax.Items, ranges);
        foreach (var block in result.Syntax.Blocks)
        {
            if (block.LastLine > block.FirstLine)
            {
                ranges.Add(new FoldingRange(block.FirstLine, block.LastLine, FoldingKind.Region));
            }

            foreach (var property in block.Properties.Where(p => p.TextBlock is not null && p.LastLine > p.FirstLine))
            {
                ranges.Add(new FoldingRange(property.FirstLine, property.LastLine, FoldingKind.Region));
            }

            CommentRuns(block.Body, ranges);
        }

        return [.. ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine)];
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
