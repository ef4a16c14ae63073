using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// A block: its header line (keyword and raw argument) and the lines below it, in order —
/// properties, comment lines, blank lines and skipped lines.
/// </summary>
/// <remarks>
/// A block moved by an edit above it (<see cref="Moved"/>) moves its header at once and its body
/// when first read: an incremental analysis carries a post's binding over without reading its
/// body, so a keystroke does not copy the bodies of every block below it. Blocks compare by reference.
/// </remarks>
public sealed record BlockSyntax : LineSyntax
{
    /// <summary>The body's lines, or where to move them from until first read; one field, so that reads on several threads see one or the other.</summary>
    private object body;

    public BlockSyntax(
        BlockKind kind,
        SyntaxToken keyword,
        SyntaxToken? argument,
        CommentSyntax? trailingComment,
        TextSpan headerSpan,
        int headerLine,
        ImmutableArray<LineSyntax> body)
        : base(BlockSpan(headerSpan, body), headerLine, LastContentLine(headerLine, body))
    {
        Kind = kind;
        Keyword = keyword;
        Argument = argument;
        TrailingComment = trailingComment;
        HeaderSpan = headerSpan;
        HeaderLine = headerLine;
        this.body = ImmutableCollectionsMarshal.AsArray(body)!;
        Identity = new object();
    }

    private BlockSyntax(BlockSyntax from, int offset, int lines, PendingMove move)
        : base(from.Span.Moved(offset), from.FirstLine + lines, from.LastLine + lines)
    {
        Kind = from.Kind;
        Keyword = from.Keyword.Moved(offset);
        Argument = from.Argument?.Moved(offset);
        TrailingComment = from.TrailingComment?.Moved(offset, lines);
        HeaderSpan = from.HeaderSpan.Moved(offset);
        HeaderLine = from.HeaderLine + lines;
        body = move;
        Identity = from.Identity;
    }

    public BlockKind Kind { get; }

    /// <summary>
    /// The same object for a block as parsed and every move of it (the same text at another place):
    /// the key of what is computed from a block's text alone, reused after an edit above the block.
    /// </summary>
    public object Identity { get; }

    public SyntaxToken Keyword { get; }

    public SyntaxToken? Argument { get; }

    public CommentSyntax? TrailingComment { get; }

    public TextSpan HeaderSpan { get; }

    public int HeaderLine { get; }

    public ImmutableArray<LineSyntax> Body
    {
        get
        {
            var state = body;
            if (state is PendingMove move)
            {
                var moved = SyntaxRelocation.MovedItems(move.Body, move.Offset, move.Lines);
                body = state = ImmutableCollectionsMarshal.AsArray(moved)!;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray((LineSyntax[])state);
        }
    }

    public IEnumerable<PropertySyntax> Properties => Body.OfType<PropertySyntax>();

    /// <summary>The header's argument, else the keyword: where a diagnostic on the block belongs.</summary>
    public TextSpan NameOrKeywordSpan => Argument?.Span ?? Keyword.Span;

    /// <summary>The block <paramref name="offset"/> characters and <paramref name="lines"/> lines further down; its body moves when first read.</summary>
    public BlockSyntax Moved(int offset, int lines)
    {
        var move = body is PendingMove pending
            ? pending with { Offset = pending.Offset + offset, Lines = pending.Lines + lines }
            : new PendingMove(ImmutableCollectionsMarshal.AsImmutableArray((LineSyntax[])body), offset, lines);
        return new BlockSyntax(this, offset, lines, move);
    }

    private static TextSpan BlockSpan(TextSpan header, ImmutableArray<LineSyntax> body)
    {
        var last = body.LastOrDefault(l => l is not BlankLineSyntax);
        return TextSpan.FromBounds(header.Start, last?.Span.End ?? header.End);
    }

    private static int LastContentLine(int headerLine, ImmutableArray<LineSyntax> body) =>
        body.LastOrDefault(l => l is not BlankLineSyntax)?.LastLine ?? headerLine;

    /// <summary>A body as parsed, and how far it has moved since: never a chain of moves, so a block keeps only its parsed body alive.</summary>
    private sealed record PendingMove(ImmutableArray<LineSyntax> Body, int Offset, int Lines);
}
