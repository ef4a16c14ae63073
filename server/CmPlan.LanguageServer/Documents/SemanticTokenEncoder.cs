using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// Semantic tokens as LSP wants them: each token as five integers (line delta, start delta,
/// length, type, modifiers) in the negotiated encoding, with the legend of <see cref="SemanticTokenLegend"/>,
/// for the whole document or the tokens meeting a range.
/// </summary>
/// <remarks>
/// The whole document is asked for after every keystroke. A block's tokens depend on its text
/// alone, and an edit moves the blocks below it without changing them: each block's tokens are
/// kept, encoded from its first line, under its <see cref="BlockSyntax.Identity"/> (the same for
/// every move of it), so a keystroke classifies the edited block only and the rest is copied.
/// </remarks>
public static class SemanticTokenEncoder
{
    private static readonly ConditionalWeakTable<object, BlockTokens> Kept = new();

    public static SemanticTokensLegendDto Legend { get; } = new(SemanticTokenLegend.TokenTypes, SemanticTokenLegend.TokenModifiers);

    public static ImmutableArray<int> Encode(OpenDocument document, PositionEncoding encoding, TextSpan? range = null)
    {
        if (range is { } r)
        {
            return EncodeRange(document, encoding, r);
        }

        int[] buffer = [];
        var count = EncodeWhole(document, encoding, ref buffer);
        return ImmutableArray.Create(buffer, 0, count);
    }

    /// <summary>
    /// The whole document's tokens written into <paramref name="buffer"/> (replaced by a larger one
    /// when it is too small), their count returned: a caller that hands the same buffers back at
    /// every keystroke makes no array per request (on a large plan, a new large-object-heap array
    /// per keystroke brought a full collection per keystroke).
    /// </summary>
    public static int EncodeWhole(OpenDocument document, PositionEncoding encoding, ref int[] buffer)
    {
        var source = document.Source;
        var syntax = document.Analysis.Syntax;
        var comments = syntax.Comments.AsSpan();
        var data = new Writer(buffer);
        var next = 0;
        foreach (var item in syntax.Items)
        {
            if (item is not BlockSyntax block)
            {
                continue;
            }

            // Comments between blocks, then the block with the comments on its lines.
            for (; next < comments.Length && comments[next].Line < block.FirstLine; next++)
            {
                data.Comment(comments[next], source, encoding);
            }

            var from = next;
            while (next < comments.Length && comments[next].Line <= block.LastLine)
            {
                next++;
            }

            data.Block(block.FirstLine, TokensOf(block, comments[from..next], source, encoding));
        }

        for (; next < comments.Length; next++)
        {
            data.Comment(comments[next], source, encoding);
        }

        buffer = data.Buffer;
        return data.Count;
    }

    private static BlockTokens TokensOf(BlockSyntax block, ReadOnlySpan<CommentSyntax> comments, SourceText source, PositionEncoding encoding)
    {
        if (Kept.TryGetValue(block.Identity, out var kept) && kept.Encoding == encoding)
        {
            return kept;
        }

        var relative = new Writer([]);
        var placer = new Placer(source, encoding, block.FirstLine);
        foreach (var token in SemanticTokens.OfBlock(block, comments))
        {
            if (placer.Place(token) is { } placed)
            {
                relative.Add(placed with { Line = placed.Line - block.FirstLine }, token);
            }
        }

        var tokens = relative.ToBlockTokens(encoding);
        Kept.AddOrUpdate(block.Identity, tokens);
        return tokens;
    }

    /// <summary>The tokens meeting <paramref name="range"/> (the lines an editor shows), classified afresh from the blocks there.</summary>
    private static ImmutableArray<int> EncodeRange(OpenDocument document, PositionEncoding encoding, TextSpan range)
    {
        var data = new Writer([]);
        var placer = new Placer(document.Source, encoding, 0);
        foreach (var token in SemanticTokens.Meeting(document.Analysis, range))
        {
            if (token.Offset + token.Length >= range.Start && token.Offset <= range.End && placer.Place(token) is { } placed)
            {
                data.Add(placed, token);
            }
        }

        return ImmutableArray.Create(data.Buffer, 0, data.Count);
    }

    /// <summary>A token's line, start and length in the client's encoding.</summary>
    private readonly record struct Placed(int Line, int Character, int Length);

    /// <summary>Finds where tokens go; tokens come sorted and never cross a line, so with UTF-16 the lines are walked once.</summary>
    private struct Placer(SourceText source, PositionEncoding encoding, int firstLine)
    {
        private int cursor = firstLine;

        public Placed? Place(SemanticToken token)
        {
            if (token.Length <= 0)
            {
                return null;
            }

            if (encoding == PositionEncoding.Utf16 && !source.HasBom)
            {
                while (cursor + 1 < source.Lines.Length && source.Lines[cursor + 1].Start <= token.Offset)
                {
                    cursor++;
                }

                var column = token.Offset - source.Lines[cursor].Start;
                return column < 0 || column + token.Length > source.Lines[cursor].Span.Length ? null : new Placed(cursor, column, token.Length);
            }

            var start = Positions.ToPosition(source, token.Offset, encoding);
            var end = Positions.ToPosition(source, token.Offset + token.Length, encoding);
            var length = end.Line == start.Line ? end.Character - start.Character : 0;
            return length <= 0 ? null : new Placed(start.Line, start.Character, length);
        }
    }

    /// <summary>A block's tokens encoded from its first line (line deltas from there), and where its last token starts.</summary>
    private sealed record BlockTokens(PositionEncoding Encoding, int[] Data, int LastLine, int LastCharacter);

    /// <summary>Writes the five integers of each token, relative to the one before, into a buffer it grows when full.</summary>
    private sealed class Writer(int[] buffer)
    {
        private int line;
        private int character;

        public int[] Buffer { get; private set; } = buffer;

        public int Count { get; private set; }

        public void Add(Placed placed, SemanticToken token)
        {
            var five = Reserve(5);
            five[0] = placed.Line - line;
            five[1] = placed.Line == line ? placed.Character - character : placed.Character;
            five[2] = placed.Length;
            five[3] = (int)token.Type;
            five[4] = (int)token.Modifiers;
            (line, character) = (placed.Line, placed.Character);
        }

        public void Comment(CommentSyntax comment, SourceText source, PositionEncoding encoding)
        {
            var token = new SemanticToken(comment.Span.Start, comment.Span.Length, SemanticTokenType.Comment);
            if (new Placer(source, encoding, comment.Line).Place(token) is { } placed)
            {
                Add(placed, token);
            }
        }

        /// <summary>A kept block's tokens, its first one made relative to the token before it.</summary>
        public void Block(int firstLine, BlockTokens block)
        {
            if (block.Data.Length == 0)
            {
                return;
            }

            var first = new Placed(firstLine + block.Data[0], block.Data[1], block.Data[2]);
            var data = Reserve(block.Data.Length);
            data[0] = first.Line - line;
            data[1] = first.Line == line ? first.Character - character : first.Character;
            block.Data.AsSpan(2).CopyTo(data[2..]);
            (line, character) = (firstLine + block.LastLine, block.LastCharacter);
        }

        public BlockTokens ToBlockTokens(PositionEncoding encoding) => new(encoding, Buffer.AsSpan(0, Count).ToArray(), line, character);

        /// <summary>The next <paramref name="length"/> integers; a full buffer is replaced by one half as large again, so that the next keystrokes fit.</summary>
        private Span<int> Reserve(int length)
        {
            if (Count + length > Buffer.Length)
            {
                var larger = new int[Math.Max(Count + length, Math.Max(64, Buffer.Length + (Buffer.Length / 2)))];
                Buffer.AsSpan(0, Count).CopyTo(larger);
                Buffer = larger;
            }

            var reserved = Buffer.AsSpan(Count, length);
            Count += length;
            return reserved;
        }
    }
}
