using System.Collections.Immutable;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// A block: its header line (keyword and raw argument) and the lines below it, in order —
/// properties, comment lines, blank lines and skipped lines.
/// </summary>
public sealed record BlockSyntax(
    BlockKind Kind,
    SyntaxToken Keyword,
    SyntaxToken? Argument,
    CommentSyntax? TrailingComment,
    TextSpan HeaderSpan,
    int HeaderLine,
    ImmutableArray<LineSyntax> Body)
    : LineSyntax(BlockSpan(HeaderSpan, Body), HeaderLine, LastContentLine(HeaderLine, Body))
{
    public IEnumerable<PropertySyntax> Properties => Body.OfType<PropertySyntax>();

    /// <summary>The header's argument, else the keyword: where a diagnostic on the block belongs.</summary>
    public TextSpan NameOrKeywordSpan => Argument?.Span ?? Keyword.Span;

    private static TextSpan BlockSpan(TextSpan header, ImmutableArray<LineSyntax> body)
    {
        var last = body.LastOrDefault(l => l is not BlankLineSyntax);
        return TextSpan.FromBounds(header.Start, last?.Span.End ?? header.End);
    }

    private static int LastContentLine(int headerLine, ImmutableArray<LineSyntax> body) =>
        body.LastOrDefault(l => l is not BlankLineSyntax)?.LastLine ?? headerLine;
}
