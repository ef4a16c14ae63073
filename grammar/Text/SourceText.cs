
namespace CmPlan.Grammar.Text;

/// <summary>
/// An immutable document: its characters, its lines, and how it was encoded on disk
/// (BOM, dominant line ending) so that writers can give back the same bytes.
/// </summary>
public sealed class SourceText
{
    private readonly TextChunks chunks;
    private string? text;

    private SourceText(TextChunks chunks, string? text, bool hasBom, (int Byte, int Char)? invalid, bool looksLikeUtf16 = false)
    {
        LooksLikeUtf16 = looksLikeUtf16;
        this.chunks = chunks;
        this.text = text;
        Lines = new TextLines(chunks);
        HasBom = hasBom;
        InvalidUtf8ByteOffset = invalid?.Byte;
        InvalidUtf8CharOffset = invalid?.Char;
        LineEnding = Lines.Length > 1 ? Lines[0].Terminator : LineEndings.Lf;
    }

    /// <summary>
    /// The whole text as one string, made on first use after an edit: the analysis of an edit reads
    /// lines and spans (<see cref="Slice"/>, <see cref="this[TextSpan]"/>) and never needs it.
    /// </summary>
    public string Text => text ??= chunks.Join();

    public TextLines Lines { get; }

    public bool HasBom { get; }

    /// <summary>The byte offset of the first byte that is not valid UTF-8, when decoded from bytes.</summary>
    public int? InvalidUtf8ByteOffset { get; }

    /// <summary>Where the first invalid byte landed in <see cref="Text"/> (as U+FFFD).</summary>
    public int? InvalidUtf8CharOffset { get; }

    /// <summary>
    /// Whether the bytes it was decoded from look like UTF-16 (a NUL every other byte): a file saved
    /// in the wrong encoding, which the parser reports once instead of a syntax error per line.
    /// </summary>
    public bool LooksLikeUtf16 { get; }

    /// <summary>The line ending to use for new lines: the file's first one, LF for a single-line file.</summary>
    public string LineEnding { get; }

    public int Length => chunks.Length;

    public char this[int offset] => chunks[offset];

    public string this[TextSpan span] => chunks.Substring(span);

    public static SourceText From(string text)
    {
        var body = StripBom(text, out var bom);
        return new SourceText(TextChunks.Of(body), body, bom, null);
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
        return new SourceText(TextChunks.Of(text), text, hasBom, invalid, IsUtf16(body));
    }

    /// <summary>
    /// The text with <paramref name="span"/> replaced by <paramref name="newText"/>: the same as
    /// <see cref="From(string)"/> on the edited string, but only the lines around the change are
    /// split again; the others are shared, moved.
    /// </summary>
    public SourceText WithChange(TextSpan span, string newText)
    {
        var changed = chunks.WithChange(span, newText);
        if (changed.Length > 0 && changed[0] == '\uFEFF')
        {
            return From(changed.Join());
        }

        return new SourceText(changed, null, HasBom, null);
    }

    /// <summary>The characters of <paramref name="span"/>, without a copy when they are on one line.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => chunks.Slice(span);

    /// <summary>A string that holds <paramref name="line"/> whole, and the offset of that string's first character: for parsers that read in place.</summary>
    public (string Text, int Offset) TextAround(int line) => chunks.ChunkOfLine(line);

    public string GetLineText(int line) => this[Lines[line].Span];

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
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
            return Length;
        }

        var line = Lines[position.Line];
        return line.Start + Math.Clamp(position.Character, 0, line.Span.Length);
    }

    public int FindLine(int offset) => chunks.FindLine(Math.Clamp(offset, 0, Length));

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

    /// <summary>At least a quarter of the first bytes are NUL, nearly all on one parity: UTF-16 (little or big endian), with or without its BOM.</summary>
    private static bool IsUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        return sample.Length >= 4 && (even + odd) * 4 >= sample.Length && Math.Max(even, odd) >= 9 * (even + odd) / 10;
    }

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
