using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// LSP positions ⇄ our UTF-16 offsets, in either encoding. Out-of-range positions are clamped
/// (a line past the end is the end of the document, a character past the line is its end, a
/// UTF-8 offset inside a character is that character's start); nothing here throws.
/// An editor may keep a byte-order mark as U+FEFF at the start of its text: it counts on line 0
/// there, while <see cref="SourceText.From(string)"/> strips it (and sets <see cref="SourceText.HasBom"/>),
/// so line 0 is shifted by its width at this edge.
/// </summary>
public static class Positions
{
    public static int ToOffset(SourceText source, Position position, PositionEncoding encoding)
    {
        if (source.HasBom && position.Line == 0)
        {
            position = position with { Character = position.Character - BomWidth(encoding) };
        }

        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= source.Lines.Length)
        {
            return source.Length;
        }

        var line = source.Lines[position.Line].Span;
        if (encoding == PositionEncoding.Utf16)
        {
            return line.Start + Math.Clamp(position.Character, 0, line.Length);
        }

        var bytes = 0;
        var offset = line.Start;
        while (offset < line.End)
        {
            var width = CharWidth(source, offset, line.End);
            var next = bytes + width.Utf8;
            if (next > position.Character)
            {
                break;
            }

            bytes = next;
            offset += width.Utf16;
        }

        return offset;
    }

    public static Position ToPosition(SourceText source, int offset, PositionEncoding encoding)
    {
        var at = source.GetLinePosition(offset);
        var bom = source.HasBom && at.Line == 0 ? BomWidth(encoding) : 0;
        if (encoding == PositionEncoding.Utf16)
        {
            return new Position(at.Line, bom + at.Character);
        }

        var start = source.Lines[at.Line].Start;
        var end = start + at.Character;
        var bytes = 0;
        for (var i = start; i < end;)
        {
            var width = CharWidth(source, i, end);
            bytes += width.Utf8;
            i += width.Utf16;
        }

        return new Position(at.Line, bom + bytes);
    }

    public static RangeDto ToRange(SourceText source, TextSpan span, PositionEncoding encoding) =>
        new(ToPosition(source, span.Start, encoding), ToPosition(source, span.End, encoding));

    /// <summary>The span of a range; an end before the start is taken as the start.</summary>
    public static TextSpan ToSpan(SourceText source, RangeDto range, PositionEncoding encoding)
    {
        var start = ToOffset(source, range.Start, encoding);
        var end = ToOffset(source, range.End, encoding);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>
    /// The offset of a position in the text as the editor holds it, byte-order mark included
    /// (<see cref="OpenDocument.Text"/>): a position before or inside the mark is its start.
    /// </summary>
    public static int ToEditorOffset(SourceText source, Position position, PositionEncoding encoding) =>
        !source.HasBom ? ToOffset(source, position, encoding)
        : position.Line < 0 || (position.Line == 0 && position.Character < BomWidth(encoding)) ? 0
        : 1 + ToOffset(source, position, encoding);

    /// <summary>U+FEFF: one UTF-16 unit, three UTF-8 bytes.</summary>
    private static int BomWidth(PositionEncoding encoding) => encoding == PositionEncoding.Utf8 ? 3 : 1;

    /// <summary>The character at <paramref name="offset"/>: its UTF-16 length (2 for a whole surrogate pair) and UTF-8 length.</summary>
    private static (int Utf16, int Utf8) CharWidth(SourceText text, int offset, int end)
    {
        var c = text[offset];
        if (char.IsHighSurrogate(c) && offset + 1 < end && char.IsLowSurrogate(text[offset + 1]))
        {
            return (2, 4);
        }

        // A lone surrogate is encoded as U+FFFD: three bytes, like the rest of the BMP above U+07FF.
        return (1, c < '\u0080' ? 1 : c < '\u0800' ? 2 : 3);
    }
}
