using System.Collections.Concurrent;
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
/// every move of it), so a keystroke classifies the edited block only, and the answer refers to the
/// rest (<see cref="TokenSegment"/>) without copying it.
/// </remarks>
public static class SemanticTokenEncoder
{
    private static readonly ConditionalWeakTable<object, BlockTokens> Kept = new();

    public static SemanticTokensLegendDto Legend { get; } = new(SemanticTokenLegend.TokenTypes, SemanticTokenLegend.TokenModifiers);

    /// <summary>
    /// The whole document's tokens as the segments they come in, written into <paramref name="buffer"/>
    /// (replaced by a larger one when it is too small); their count returned, and in
    /// <paramref name="ints"/> the length of the array they stand for. A caller that hands the same
    /// buffers back at every keystroke makes no array per request: on a large plan, a new array of
    /// the tokens per keystroke, on the large-object heap, brought a full collection per keystroke.
    /// </summary>
    internal static int Segments(OpenDocument document, PositionEncoding encoding, ref TokenSegment[] buffer, out int ints)
    {
        var source = document.Source;
        var syntax = document.Analysis.Syntax;
        var comments = syntax.Comments.AsSpan();
        var segments = new SegmentWriter(buffer);
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
                segments.Comment(comments[next], source, encoding);
            }

            var from = next;
            while (next < comments.Length && comments[next].Line <= block.LastLine)
            {
                next++;
            }

            segments.Block(block.FirstLine, TokensOf(block, comments[from..next], source, encoding));
        }

        for (; next < comments.Length; next++)
        {
            segments.Comment(comments[next], source, encoding);
        }

        (buffer, ints) = (segments.Buffer, segments.Ints);
        return segments.Count;
    }

    private static BlockTokens TokensOf(BlockSyntax block, ReadOnlySpan<CommentSyntax> comments, SourceText source, PositionEncoding encoding)
    {
        if (Kept.TryGetValue(block.Identity, out var kept) && kept.Encoding == encoding)
        {
            return kept;
        }

        var relative = new Writer();
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
    public static ImmutableArray<int> Encode(OpenDocument document, PositionEncoding encoding, TextSpan range)
    {
        var data = new Writer();
        var placer = new Placer(document.Source, encoding, 0);
        foreach (var token in SemanticTokens.Meeting(document.Analysis, range))
        {
            if (token.Offset + token.Length >= range.Start && token.Offset <= range.End && placer.Place(token) is { } placed)
            {
                data.Add(placed, token);
            }
        }

        return data.ToImmutable();
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

    /// <summary>The segments of a document, into a buffer it grows when full.</summary>
    private sealed class SegmentWriter(TokenSegment[] buffer)
    {
        private const int CommentsLimit = 10_000;

        private static readonly ConcurrentDictionary<(int Character, int Length), int[]> Comments = new();

        public TokenSegment[] Buffer { get; private set; } = buffer;

        public int Count { get; private set; }

        public int Ints { get; private set; }

        public void Comment(CommentSyntax comment, SourceText source, PositionEncoding encoding)
        {
            var token = new SemanticToken(comment.Span.Start, comment.Span.Length, SemanticTokenType.Comment);
            if (new Placer(source, encoding, comment.Line).Place(token) is { } placed)
            {
                Add(new TokenSegment(CommentData(placed.Character, placed.Length), placed.Line, placed.Line, placed.Character));
            }
        }

        public void Block(int firstLine, BlockTokens block)
        {
            if (block.Data.Length > 0)
            {
                Add(new TokenSegment(block.Data, firstLine, firstLine + block.LastLine, block.LastCharacter));
            }
        }

        /// <summary>
        /// A comment's five integers, one array for every comment alike (the same place in its line,
        /// the same length): no array per comment per keystroke, and a delta compares two alike by
        /// where their first token goes only.
        /// </summary>
        private static int[] CommentData(int character, int length)
        {
            if (!Comments.TryGetValue((character, length), out var data))
            {
                if (Comments.Count >= CommentsLimit)
                {
                    Comments.Clear();
                }

                data = Comments[(character, length)] = [0, character, length, (int)SemanticTokenType.Comment, (int)SemanticTokenModifiers.None];
            }

            return data;
        }

        private void Add(TokenSegment segment)
        {
            if (Count == Buffer.Length)
            {
                var larger = new TokenSegment[Math.Max(64, Buffer.Length + (Buffer.Length / 2))];
                Buffer.CopyTo(larger, 0);
                Buffer = larger;
            }

            Buffer[Count++] = segment;
            Ints += segment.Data.Length;
        }
    }

    /// <summary>Writes the five integers of each token, relative to the one before.</summary>
    private sealed class Writer
    {
        private readonly List<int> data = [];
        private int line;
        private int character;

        public void Add(Placed placed, SemanticToken token)
        {
            data.Add(placed.Line - line);
            data.Add(placed.Line == line ? placed.Character - character : placed.Character);
            data.Add(placed.Length);
            data.Add((int)token.Type);
            data.Add((int)token.Modifiers);
            (line, character) = (placed.Line, placed.Character);
        }

        public BlockTokens ToBlockTokens(PositionEncoding encoding) => new(encoding, [.. data], line, character);

        public ImmutableArray<int> ToImmutable() => [.. data];
    }
}
