using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// A <c>key value</c> line. <see cref="Value"/> is the raw value text (without its trailing comment),
/// null when the key stands alone; a bare <c>text</c> key carries its <see cref="TextBlock"/>.
/// </summary>
public sealed record PropertySyntax(
    TextSpan Span,
    int FirstLine,
    int LastLine,
    int Indent,
    SyntaxToken Key,
    SyntaxToken? Value,
    CommentSyntax? TrailingComment,
    TextBlockSyntax? TextBlock) : LineSyntax(Span, FirstLine, LastLine)
{
    /// <summary>Where a diagnostic about the value belongs: the value, else the key.</summary>
    public TextSpan ValueOrKeySpan => Value?.Span ?? Key.Span;
}
