using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// A block: its header line (keyword and raw argument) and the lines below it, in order —
/// properties, comment lines, blank lines and skipped lines.
/// </summary>
/// <remarks>
/// A block moved by an edit above it (<see cref="Moved"/>) is the block as parsed and how far it has
/// moved: its header's places are computed when read, its body is moved when first read. An
/// incremental analysis carries a post's binding over without reading its body, so a keystroke
/// neither copies the bodies of the blocks below it nor allocates more than this small object for
/// each. Blocks compare by reference.
/// </remarks>
public sealed record BlockSyntax : LineSyntax
{
    /// <summary>The block as parsed, shared by every move of it.</summary>
    private readonly Parsed parsed;

    /// <summary>How far this block is from where it was parsed: characters, then lines.</summary>
    private readonly int offset;
    private readonly int lines;

    /// <summary>The body at this place; null until first read for a moved block.</summary>
    private LineSyntax[]? body;

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
        parsed = new Parsed(kind, keyword, argument, headerSpan, headerLine, ImmutableCollectionsMarshal.AsArray(body)!);
        TrailingComment = trailingComment;
        this.body = parsed.Body;
    }

    private BlockSyntax(BlockSyntax from, int offset, int lines)
        : base(from.Span.Moved(offset), from.FirstLine + lines, from.LastLine + lines)
    {
        parsed = from.parsed;
        this.offset = from.offset + offset;
        this.lines = from.lines + lines;
        TrailingComment = from.TrailingComment?.Moved(offset, lines);
    }

    public BlockKind Kind => parsed.Kind;

    /// <summary>
    /// The same object for a block as parsed and every move of it (the same text at another place):
    /// the key of what is computed from a block's text alone, reused after an edit above the block.
    /// </summary>
    public object Identity => parsed;

    public SyntaxToken Keyword => parsed.Keyword.Moved(offset);

    public SyntaxToken? Argument => parsed.Argument?.Moved(offset);

    /// <summary>A comment after the header; moved with the block at once, since few headers have one (nothing to allocate for the others).</summary>
    public CommentSyntax? TrailingComment { get; }

    public TextSpan HeaderSpan => parsed.HeaderSpan.Moved(offset);

    public int HeaderLine => parsed.HeaderLine + lines;

    public ImmutableArray<LineSyntax> Body
    {
        get
        {
            var placed = Volatile.Read(ref body);
            if (placed is null)
            {
                // Placed once for every reader: the first to finish wins, the others read its items.
                var moved = ImmutableCollectionsMarshal.AsArray(SyntaxRelocation.MovedItems(ImmutableCollectionsMarshal.AsImmutableArray(parsed.Body), offset, lines))!;
                placed = Interlocked.CompareExchange(ref body, moved, null) ?? moved;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(placed);
        }
    }

    public IEnumerable<PropertySyntax> Properties => Body.OfType<PropertySyntax>();

    /// <summary>The header's argument, else the keyword: where a diagnostic on the block belongs.</summary>
    public TextSpan NameOrKeywordSpan => Argument?.Span ?? Keyword.Span;

    /// <summary>The block <paramref name="offset"/> characters and <paramref name="lines"/> lines further down; its body moves when first read.</summary>
    public BlockSyntax Moved(int offset, int lines) => new(this, offset, lines);

    public bool Equals(BlockSyntax? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    private static TextSpan BlockSpan(TextSpan header, ImmutableArray<LineSyntax> body)
    {
        var last = body.LastOrDefault(l => l is not BlankLineSyntax);
        return TextSpan.FromBounds(header.Start, last?.Span.End ?? header.End);
    }

    private static int LastContentLine(int headerLine, ImmutableArray<LineSyntax> body) =>
        body.LastOrDefault(l => l is not BlankLineSyntax)?.LastLine ?? headerLine;

    /// <summary>What a block is where it was parsed; its moves compute their places from it. Compared by reference: it is the block's <see cref="Identity"/>.</summary>
    private sealed class Parsed(BlockKind kind, SyntaxToken keyword, SyntaxToken? argument, TextSpan headerSpan, int headerLine, LineSyntax[] body)
    {
        public BlockKind Kind { get; } = kind;

        public SyntaxToken Keyword { get; } = keyword;

        public SyntaxToken? Argument { get; } = argument;

        public TextSpan HeaderSpan { get; } = headerSpan;

        public int HeaderLine { get; } = headerLine;

        public LineSyntax[] Body { get; } = body;
    }
}
