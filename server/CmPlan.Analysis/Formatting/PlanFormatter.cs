using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Formatting;

/// <summary>
/// <c>cmplan format</c>: rewrites a plan in the canonical layout. Headers at column 0 with one
/// space before the argument; properties and comment lines inside blocks indented 2; one space
/// between key and value; two spaces before a trailing comment; text blocks 2 deeper than their
/// key, keeping their relative indentation; one blank line before each block (with the comments
/// directly above it), at most one blank line in a row elsewhere, none after a header or at either
/// end of the file; the file's first line ending throughout, and one at the end.
/// </summary>
/// <remarks>
/// Only whitespace outside values, comments and texts changes: raw values, comment texts and text
/// contents are copied, so the parsed plan is the same. Tabs in indentation are replaced by spaces
/// (<see cref="TabRepair"/>); a file with any other syntax error is refused rather than guessed at,
/// since a skipped line has no known place in the layout.
/// </remarks>
public static class PlanFormatter
{
    private const string PropertyIndent = "  ";
    private const string TextIndent = "    ";
    private const string CommentGap = "  ";

    /// <summary>The canonical layout of <paramref name="source"/>, or why not, said in <paramref name="language"/>.</summary>
    public static FormatResult Format(SourceText source, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = PlanParser.Parse(source);
        // Tabs in indentation are the one syntax error with a sure repair: spaces, then the layout. A
        // repair can reveal more (a tab-indented comment line that turns out to be in a text): again.
        for (var pass = 0; pass < 3 && document.Diagnostics.Length > 0 && document.Diagnostics.All(TabRepair.IsTabIndentation); pass++)
        {
            var edits = document.Diagnostics.Select(d => new TextEdit(d.Fix!.Span, d.Fix.NewText));
            document = PlanParser.Parse(SourceText.From(EditApplier.Apply(document.Source.Text, edits)));
        }

        if (document.Diagnostics.Length > 0)
        {
            return new FormatResult(null, Refusal(document, Words.For(language)));
        }

        var writer = new LayoutWriter();
        WriteItems(writer, document.Source, document.Items);
        return new FormatResult(writer.ToText(source.LineEnding), null);
    }

    private static string Refusal(DocumentSyntax document, Words words)
    {
        // Tabs are not what stops the formatter: name the first error it cannot repair.
        var first = document.Diagnostics.OrderBy(d => TabRepair.IsTabIndentation(d)).ThenBy(d => d.Span.Start).First();
        var at = document.Source.GetLinePosition(first.Span.Start);
        return words.Say(
            MessageId.NotFormatted,
            ("line", words.Number(at.Line + 1)),
            ("column", words.Number(at.Character + 1)),
            ("message", SyntaxTexts.Of(first, words)));
    }

    private static void WriteItems(LayoutWriter writer, SourceText source, IReadOnlyList<LineSyntax> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case BlankLineSyntax:
                    writer.Blank();
                    break;
                case CommentLineSyntax comment:
                    if (StartsCommentsAboveBlock(items, i))
                    {
                        writer.Separate();
                    }

                    writer.Line(comment.Comment.Text);
                    break;
                case BlockSyntax block:
                    if (i == 0 || items[i - 1] is not CommentLineSyntax)
                    {
                        writer.Separate();
                    }

                    WriteBlock(writer, source, block);
                    break;
                default:
                    writer.Verbatim(source, items[i]);
                    break;
            }
        }
    }

    /// <summary>Whether the comment line at <paramref name="index"/> starts the run of comment lines directly above a header.</summary>
    private static bool StartsCommentsAboveBlock(IReadOnlyList<LineSyntax> items, int index)
    {
        if (index > 0 && items[index - 1] is CommentLineSyntax)
        {
            return false;
        }

        var next = index;
        while (next < items.Count && items[next] is CommentLineSyntax)
        {
            next++;
        }

        return next < items.Count && items[next] is BlockSyntax;
    }

    private static void WriteBlock(LayoutWriter writer, SourceText source, BlockSyntax block)
    {
        var header = block.Argument is not { } argument ? block.Keyword.Text : $"{block.Keyword.Text} {argument.Text}";
        writer.Line(header + Trailing(block.TrailingComment));
        writer.StartBody();
        foreach (var line in block.Body)
        {
            switch (line)
            {
                case BlankLineSyntax:
                    writer.Blank();
                    break;
                case CommentLineSyntax comment:
                    writer.Line(PropertyIndent + comment.Comment.Text);
                    break;
                case PropertySyntax property:
                    WriteProperty(writer, property);
                    break;
                default:
                    writer.Verbatim(source, line);
                    break;
            }
        }

        writer.EndBody();
    }

    private static void WriteProperty(LayoutWriter writer, PropertySyntax property)
    {
        var head = property.Value is not { } value ? property.Key.Text : $"{property.Key.Text} {value.Text}";
        writer.Line(PropertyIndent + head + Trailing(property.TrailingComment));
        if (property.TextBlock is null)
        {
            return;
        }

        // Content keeps the indentation relative to the block's common one, and the trailing blanks.
        foreach (var text in property.TextBlock.Lines)
        {
            writer.TextLine(text.Content.Length == 0 ? "" : TextIndent + text.Content);
        }
    }

    private static string Trailing(CommentSyntax? comment) => comment is null ? "" : CommentGap + comment.Text;
}
