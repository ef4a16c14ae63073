using System.Collections.Immutable;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// Syntax moved down a document by an edit before it: every span shifted by <c>offset</c>
/// characters and every line number by <c>lines</c>. What an incremental parse does to the items
/// after the edit instead of parsing them again.
/// </summary>
public static class SyntaxRelocation
{
    public static TextSpan Moved(this TextSpan span, int offset) => span with { Start = span.Start + offset };

    public static LineSyntax Moved(this LineSyntax item, int offset, int lines) => offset == 0 && lines == 0 ? item : item switch
    {
        BlockSyntax block => block.Moved(offset, lines),
        PropertySyntax property => property.Moved(offset, lines),
        BlankLineSyntax blank => new BlankLineSyntax(blank.Span.Moved(offset), blank.Line + lines),
        SkippedLineSyntax skipped => new SkippedLineSyntax(skipped.Span.Moved(offset), skipped.Line + lines),
        SkippedBlockSyntax skipped => new SkippedBlockSyntax(skipped.Span.Moved(offset), skipped.FirstLine + lines, skipped.LastLine + lines),
        CommentLineSyntax comment => new CommentLineSyntax(comment.Span.Moved(offset), comment.Line + lines, comment.Indent, comment.Comment.Moved(offset, lines)),
        _ => throw new ArgumentException($"Unknown syntax item {item.GetType().Name}.", nameof(item)),
    };

    public static CommentSyntax Moved(this CommentSyntax comment, int offset, int lines) =>
        new(comment.Text, comment.Span.Moved(offset), comment.Line + lines, comment.IsTrailing);

    public static SyntaxToken Moved(this SyntaxToken token, int offset) => new(token.Text, token.Span.Moved(offset));

    public static SyntaxDiagnostic Moved(this SyntaxDiagnostic diagnostic, int offset) => diagnostic with { Span = diagnostic.Span.Moved(offset), Fix = diagnostic.Fix?.Moved(offset) };

    private static PropertySyntax Moved(this PropertySyntax property, int offset, int lines) => new(
        property.Span.Moved(offset),
        property.FirstLine + lines,
        property.LastLine + lines,
        property.Indent,
        property.Key.Moved(offset),
        property.Value?.Moved(offset),
        property.TrailingComment?.Moved(offset, lines),
        property.TextBlock is { } text ? new TextBlockSyntax([.. text.Lines.Select(l => Moved(l, offset, lines))], text.CommonIndent) : null);

    private static TextBlockLine Moved(TextBlockLine line, int offset, int lines) =>
        new(line.Line + lines, line.LineSpan.Moved(offset), line.ContentSpan.Moved(offset), line.Content);

    internal static ImmutableArray<LineSyntax> MovedItems(ImmutableArray<LineSyntax> items, int offset, int lines)
    {
        var moved = ImmutableArray.CreateBuilder<LineSyntax>(items.Length);
        foreach (var item in items)
        {
            moved.Add(item.Moved(offset, lines));
        }

        return moved.MoveToImmutable();
    }
}
