using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// Parses again only the items an edit can have changed. An item is read from its first line
/// forward (a block up to the next header), so parsing restarts at the last block that starts
/// before the edit, and stops at the first boundary past the edit where an old item started:
/// from there on the text is the old one, so are the items, moved.
/// </summary>
internal static class IncrementalParser
{
    public static Reparse Run(DocumentSyntax previous, SourceText next, TextSpan changed, int insertedLength)
    {
        var old = previous.Source;
        var items = previous.Items;
        if (old.InvalidUtf8CharOffset is not null || next.InvalidUtf8CharOffset is not null)
        {
            var full = PlanParser.Parse(next);
            return new Reparse(full, 0, full.Items.Length, items.Length, 0, 0);
        }

        var firstChanged = old.FindLine(changed.Start);
        var lastChanged = old.FindLine(changed.End);
        var offsetDelta = insertedLength - changed.Length;
        var lineDelta = next.Lines.Length - old.Lines.Length;

        var kept = RestartIndex(items, firstChanged);
        var restartLine = kept < items.Length ? items[kept].FirstLine : 0;
        var parser = new DocumentParser(next);
        var movedFrom = items.Length;
        parser.ParseFrom(restartLine, line =>
        {
            var oldLine = line - lineDelta;
            if (oldLine <= lastChanged || IndexStartingAt(items, oldLine, kept) is not { } index)
            {
                return false;
            }

            movedFrom = index;
            return true;
        });

        var restartOffset = restartLine < old.Lines.Length ? old.Lines[restartLine].Start : old.Length;
        var resumeOffset = movedFrom < items.Length ? old.Lines[items[movedFrom].FirstLine].Start : old.Length;
        var reparsed = parser.Items;
        var syntax = new DocumentSyntax(
            next,
            Joined(items, kept, reparsed, movedFrom, offsetDelta, lineDelta),
            [
                .. previous.Comments.Where(c => c.Span.Start < restartOffset),
                .. parser.Comments,
                .. previous.Comments.Where(c => c.Span.Start >= resumeOffset).Select(c => c.Moved(offsetDelta, lineDelta)),
            ],
            [
                .. previous.Diagnostics.Where(d => d.Span.Start < restartOffset),
                .. parser.Diagnostics,
                .. previous.Diagnostics.Where(d => d.Span.Start >= resumeOffset).Select(d => d.Moved(offsetDelta)),
            ]);
        return new Reparse(syntax, kept, reparsed.Length, movedFrom, offsetDelta, lineDelta);
    }

    /// <summary>
    /// The items kept, the ones parsed again and the ones moved, in one array of the exact size: a
    /// plan's items are tens of thousands, and slices and a growing builder each landed on the
    /// large object heap at every keystroke.
    /// </summary>
    private static ImmutableArray<LineSyntax> Joined(ImmutableArray<LineSyntax> items, int kept, ImmutableArray<LineSyntax> reparsed, int movedFrom, int offsetDelta, int lineDelta)
    {
        var joined = new LineSyntax[kept + reparsed.Length + items.Length - movedFrom];
        items.AsSpan(0, kept).CopyTo(joined);
        reparsed.AsSpan().CopyTo(joined.AsSpan(kept));
        var at = kept + reparsed.Length;
        for (var i = movedFrom; i < items.Length; i++)
        {
            joined[at++] = items[i].Moved(offsetDelta, lineDelta);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(joined);
    }

    /// <summary>
    /// The first item to parse again: the last block (or skipped block) that starts before the changed
    /// line, since it read on to the next header; only single lines lie between it and the change.
    /// </summary>
    private static int RestartIndex(ImmutableArray<LineSyntax> items, int changedLine)
    {
        var index = LastStartingBefore(items, changedLine);
        while (index > 0 && items[index] is not (BlockSyntax or SkippedBlockSyntax))
        {
            index--;
        }

        return Math.Max(index, 0);
    }

    /// <summary>The index of the last item whose first line is before <paramref name="line"/>, or -1.</summary>
    private static int LastStartingBefore(ImmutableArray<LineSyntax> items, int line)
    {
        int lo = 0, hi = items.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (items[mid].FirstLine < line)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The index, at or after <paramref name="from"/>, of the item that starts on <paramref name="line"/>, if one does.</summary>
    private static int? IndexStartingAt(ImmutableArray<LineSyntax> items, int line, int from)
    {
        var index = LastStartingBefore(items, line + 1);
        return index >= from && items[index].FirstLine == line ? index : null;
    }
}
