using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Support;

/// <summary>
/// Builders for the exact edits of quick fixes. New lines use the file's own line ending and the
/// block's own indentation; nothing outside the edited span changes.
/// </summary>
public static class Fixes
{
    public static CodeFix Safe(string title, bool preferred, params TextEdit[] edits) => new(title, preferred, true, [.. edits]);

    public static CodeFix Unsafe(string title, bool preferred, params TextEdit[] edits) => new(title, preferred, false, [.. edits]);

    public static TextEdit Replace(TextSpan span, string newText) => new(span, newText);

    /// <summary>Inserts <paramref name="text"/> right after <paramref name="span"/> (e.g. " until 2027-04-30" after a repeat value).</summary>
    public static TextEdit Append(TextSpan span, string text) => new(new TextSpan(span.End, 0), text);

    /// <summary>A new property line after the block's last property (or its header), indented like the block's properties.</summary>
    public static TextEdit InsertProperty(SourceText source, BlockSyntax block, string propertyLine)
    {
        var last = block.Properties.LastOrDefault();
        var indent = block.Properties.FirstOrDefault()?.Indent ?? 2;
        var line = source.Lines[last?.LastLine ?? block.HeaderLine];
        return new TextEdit(new TextSpan(line.End, 0), source.LineEnding + new string(' ', indent) + propertyLine);
    }

    /// <summary>Deletes a property's lines (a text block's too) with their line ends.</summary>
    public static TextEdit DeleteProperty(SourceText source, PropertySyntax property) =>
        new(TextSpan.FromBounds(source.Lines[property.FirstLine].Start, source.Lines[property.LastLine].EndIncludingTerminator), string.Empty);

    /// <summary>
    /// Deletes a whole block: the comment lines directly above its header (they describe it, and the
    /// formatter keeps them with it) unless it is the file's first block (the comments before the first
    /// block are the file's: an owner, a licence, a warning), its lines with their line ends, and one
    /// blank line after it when one precedes it too, so no double blank line is left.
    /// </summary>
    public static TextEdit DeleteBlock(SourceText source, BlockSyntax block)
    {
        var firstNumber = block.FirstLine;
        while (firstNumber > 0 && source.GetLineText(firstNumber - 1).StartsWith('#'))
        {
            firstNumber--;
        }

        if (OnlyCommentsAbove(source, firstNumber))
        {
            firstNumber = block.FirstLine;
        }

        var first = source.Lines[firstNumber];
        var lastNumber = block.LastLine;
        var precededByBlank = firstNumber == 0 || string.IsNullOrWhiteSpace(source.GetLineText(firstNumber - 1));
        if (precededByBlank && lastNumber + 1 < source.Lines.Length && string.IsNullOrWhiteSpace(source.GetLineText(lastNumber + 1)))
        {
            lastNumber++;
        }

        return new TextEdit(TextSpan.FromBounds(first.Start, source.Lines[lastNumber].EndIncludingTerminator), string.Empty);
    }

    /// <summary>Whether every line above <paramref name="line"/> is blank or a comment: no block comes before it.</summary>
    private static bool OnlyCommentsAbove(SourceText source, int line)
    {
        for (var above = line - 1; above >= 0; above--)
        {
            var text = source.GetLineText(above).TrimStart();
            if (text.Length > 0 && text[0] != '#')
            {
                return false;
            }
        }

        return true;
    }
}
