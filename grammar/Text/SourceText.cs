using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace CmPlan.Grammar.Text;

/// <summary>
/// An immutable document: its characters, its lines, and how it was encoded on disk
/// (BOM, dominant line ending) so that writers can give back the same bytes.
/// </summary>
public sealed class SourceText
{
    private SourceText(string text, ImmutableArray<TextLine> lines, bool hasBom, (int Byte, int Char)? invalid)
    {
        Text = text;
        Lines = lines;
        HasBom = hasBom;
        InvalidUtf8ByteOffset = invalid?.Byte;
        InvalidUtf8CharOffset = invalid?.Char;
        LineEnding = DominantLineEnding(lines);
    }

    public string Text { get; }

    public ImmutableArray<TextLine> Lines { get; }

    public bool HasBom { get; }

    /// <summary>The byte offset of the first byte that is not valid UTF-8, when decoded from bytes.</summary>
    public int? InvalidUtf8ByteOffset { get; }

    /// <summary>Where the first invalid byte landed in <see cref="Text"/> (as U+FFFD).</summary>
    public int? InvalidUtf8CharOffset { get; }

    /// <summary>The line ending to use for new lines: the file's first one, LF for a single-line file.</summary>
    public string LineEnding { get; }

    public int Length => Text.Length;

    public static SourceText From(string text)
    {
        var body = StripBom(text, out var bom);
        return new SourceText(body, SplitLines(body), bom, null);
    }

    /// <summary>Decodes UTF-8 bytes. Never throws: bad bytes become U+FFFD and are remembered.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        (int, int)? invalid = null;
        var decoder = new System.Text.UTF8Encoding(false, false);
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            var bad = FirstInvalidByte(body);
            invalid = (bad + (hasBom ? 3 : 0), decoder.GetCharCount(body[..bad]));
        }

        var text = decoder.GetString(body);
        return new SourceText(text, SplitLines(text), hasBom, invalid);
    }

    /// <summary>
    /// The text with <paramref name="span"/> replaced by <paramref name="newText"/>: the same as
    /// <see cref="From(string)"/> on the edited string, but only the lines the change touches are
    /// split again; the lines after it are the old ones, moved.
    /// </summary>
    public SourceText WithChange(TextSpan span, string newText)
    {
        var text = string.Concat(Text.AsSpan(0, span.Start), newText, Text.AsSpan(span.End));
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            return From(text);
        }

        // From the line before the change (a CR there may meet an inserted LF) to the first line
        // whose terminator comes after the change: those lines are unchanged but for their place.
        var first = Math.Max(0, FindLine(span.Start) - 1);
        var resume = FindLine(span.End) + 1;
        var delta = newText.Length - span.Length;
        var changed = ImmutableArray.CreateBuilder<TextLine>();
        var end = resume < Lines.Length ? Lines[resume].Start + delta : text.Length;
        SplitLines(text, Lines[first].Start, end, changed, last: resume >= Lines.Length, number: first);

        // One array of the exact size: on a long plan the line table is large, and an edit makes one.
        var lines = new TextLine[first + changed.Count + Lines.Length - resume];
        Lines.CopyTo(0, lines, 0, first);
        changed.CopyTo(lines, first);
        var lineDelta = first + changed.Count - resume;
        for (var i = resume; i < Lines.Length; i++)
        {
            var line = Lines[i];
            lines[i + lineDelta] = new TextLine(line.Number + lineDelta, line.Span with { Start = line.Start + delta }, line.Terminator);
        }

        return new SourceText(text, ImmutableCollectionsMarshal.AsImmutableArray(lines), HasBom, null);
    }

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public string GetLineText(int line) => this[Lines[line].Span];

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = FindLine(offset);
        return new LinePosition(line, offset - Lines[line].Start);
    }

    public LineRange GetLineRange(TextSpan span) =>
        new(span, GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a line/column, clamped into the document and its line.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= Lines.Length)
        {
            return Text.Length;
        }

        var line = Lines[position.Line];
        return line.Start + Math.Clamp(position.Character, 0, line.Span.Length);
    }

    public int FindLine(int offset)
    {
        int lo = 0, hi = Lines.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (Lines[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The text with the BOM restored, ready to be encoded back as UTF-8.</summary>
    public byte[] ToBytes() => EncodeWithBom(Text, HasBom);

    public static byte[] EncodeWithBom(string text, bool bom)
    {
        var body = new System.Text.UTF8Encoding(false, false).GetBytes(text);
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    private static string StripBom(string text, out bool hadBom)
    {
        hadBom = text.Length > 0 && text[0] == '\uFEFF';
        return hadBom ? text[1..] : text;
    }

    private static ImmutableArray<TextLine> SplitLines(string text)
    {
        var lines = ImmutableArray.CreateBuilder<TextLine>();
        SplitLines(text, 0, text.Length, lines, last: true);
        return lines.ToImmutable();
    }

    /// <summary>
    /// Adds the lines from <paramref name="from"/> (a line start) to <paramref name="to"/>: a line start,
    /// or the end of the text when <paramref name="last"/>, whose last line has no terminator.
    /// </summary>
    private static void SplitLines(string text, int from, int to, ImmutableArray<TextLine>.Builder lines, bool last, int number = 0)
    {
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            var terminator = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? LineEndings.CrLf
                : c == '\r' ? LineEndings.Cr : LineEndings.Lf;
            lines.Add(new TextLine(number + lines.Count, TextSpan.FromBounds(start, i), terminator));
            i += terminator.Length - 1;
            start = i + 1;
        }

        if (last)
        {
            lines.Add(new TextLine(number + lines.Count, TextSpan.FromBounds(start, text.Length), ""));
        }
    }

    private static string DominantLineEnding(ImmutableArray<TextLine> lines) =>
        lines.Length > 1 ? lines[0].Terminator : LineEndings.Lf;

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
