namespace CmPlan.Grammar.Text;

/// <summary>
/// A text kept as chunks of whole lines, each with its line starts. An edit rebuilds the chunks it
/// touches and shares the others, moved by offsets kept per chunk: a keystroke in a long plan copies
/// a few thousand characters, not the whole text, and leaves nothing on the large object heap.
/// </summary>
internal sealed class TextChunks
{
    /// <summary>Characters per chunk, about: well under the large-object threshold (85,000 bytes).</summary>
    private const int TargetLength = 16 * 1024;

    private readonly Chunk[] chunks;
    private readonly int[] offsets;
    private readonly int[] firstLines;

    /// <summary>The chunk of the last lookup: parsers and converters read lines in order. A plain int, so a stale read on another thread only costs a search.</summary>
    private int recent;

    private TextChunks(Chunk[] chunks)
    {
        this.chunks = chunks;
        offsets = new int[chunks.Length];
        firstLines = new int[chunks.Length];
        for (var c = 1; c < chunks.Length; c++)
        {
            offsets[c] = offsets[c - 1] + chunks[c - 1].Text.Length;
            firstLines[c] = firstLines[c - 1] + chunks[c - 1].LineStarts.Length;
        }

        Length = offsets[^1] + chunks[^1].Text.Length;
        LineCount = firstLines[^1] + chunks[^1].LineStarts.Length;
    }

    public int Length { get; }

    public int LineCount { get; }

    public static TextChunks Of(string text) => new([.. Split(text, 0, text.Length, last: true)]);

    public char this[int offset]
    {
        get
        {
            var c = ChunkAt(offset);
            return chunks[c].Text[offset - offsets[c]];
        }
    }

    public string Join() => chunks.Length == 1 ? chunks[0].Text : string.Concat(chunks.Select(c => c.Text));

    /// <summary>The characters of <paramref name="span"/>; without copying when they lie in one chunk (a line always does).</summary>
    public ReadOnlySpan<char> Slice(TextSpan span)
    {
        var c = ChunkAt(span.Start);
        var start = span.Start - offsets[c];
        return start + span.Length <= chunks[c].Text.Length
            ? chunks[c].Text.AsSpan(start, span.Length)
            : Copy(span);
    }

    public string Substring(TextSpan span) => Slice(span).ToString();

    /// <summary>The chunk that holds <paramref name="line"/> whole, and where the chunk starts.</summary>
    public (string Text, int Offset) ChunkOfLine(int line)
    {
        var c = ChunkOfLineIndex(line);
        return (chunks[c].Text, offsets[c]);
    }

    public TextLine Line(int line)
    {
        var c = ChunkOfLineIndex(line);
        var chunk = chunks[c];
        var index = line - firstLines[c];
        var start = chunk.LineStarts[index];
        var end = index + 1 < chunk.LineStarts.Length ? chunk.LineStarts[index + 1] : chunk.Text.Length;
        var terminator = Terminator(chunk.Text, start, end);
        return new TextLine(line, TextSpan.FromBounds(offsets[c] + start, offsets[c] + end - terminator.Length), terminator);
    }

    public int FindLine(int offset)
    {
        var c = ChunkAt(offset);
        var starts = chunks[c].LineStarts;
        var relative = offset - offsets[c];
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (starts[mid] <= relative)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return firstLines[c] + lo;
    }

    /// <summary>
    /// The text with <paramref name="span"/> replaced by <paramref name="newText"/>. The chunks from
    /// the one before the change (a CR there may meet an inserted LF) to the one its end falls in
    /// are split again; the others are shared.
    /// </summary>
    public TextChunks WithChange(TextSpan span, string newText)
    {
        var first = ChunkAt(Math.Max(0, span.Start - 1));
        var last = ChunkAt(span.End);
        var regionStart = offsets[first];
        var regionEnd = offsets[last] + chunks[last].Text.Length;
        var region = string.Concat(Copy(TextSpan.FromBounds(regionStart, span.Start)), newText, Copy(TextSpan.FromBounds(span.End, regionEnd)));
        var rebuilt = Split(region, 0, region.Length, last: last == chunks.Length - 1);
        return new TextChunks([.. chunks[..first], .. rebuilt, .. chunks[(last + 1)..]]);
    }

    private string Copy(TextSpan span)
    {
        if (span.Length == 0)
        {
            return string.Empty;
        }

        return string.Create(span.Length, (this, span.Start), static (destination, state) =>
        {
            var (text, at) = state;
            var written = 0;
            for (var c = text.ChunkAt(at); written < destination.Length; c++)
            {
                var source = text.chunks[c].Text.AsSpan((at + written) - text.offsets[c]);
                var take = Math.Min(source.Length, destination.Length - written);
                source[..take].CopyTo(destination[written..]);
                written += take;
            }
        });
    }

    /// <summary>The chunk holding <paramref name="offset"/>: the last that starts at or before it (the last chunk for the end of the text).</summary>
    private int ChunkAt(int offset) => LastAtOrBefore(offsets, offset);

    private int ChunkOfLineIndex(int line) => LastAtOrBefore(firstLines, line);

    private int LastAtOrBefore(int[] starts, int value)
    {
        var guess = recent;
        if (guess < starts.Length && starts[guess] <= value && (guess + 1 == starts.Length || starts[guess + 1] > value))
        {
            return guess;
        }

        return recent = Search(starts, value);
    }

    private static int Search(int[] starts, int value)
    {
        var index = Array.BinarySearch(starts, value);
        if (index < 0)
        {
            return Math.Max(0, ~index - 1);
        }

        // Empty chunks cannot occur but at the end of an empty text: the last of equal starts holds the value.
        while (index + 1 < starts.Length && starts[index + 1] == value)
        {
            index++;
        }

        return index;
    }

    private static string Terminator(string text, int start, int end) =>
        end - start >= 2 && text[end - 2] == '\r' && text[end - 1] == '\n' ? LineEndings.CrLf
        : end > start && text[end - 1] == '\n' ? LineEndings.Lf
        : end > start && text[end - 1] == '\r' ? LineEndings.Cr
        : string.Empty;

    /// <summary>
    /// Cuts <paramref name="text"/> into chunks of whole lines of about <see cref="TargetLength"/>
    /// characters. The last line of the last chunk has no terminator when <paramref name="last"/>
    /// (the end of the document); otherwise the text ends with one.
    /// </summary>
    private static List<Chunk> Split(string text, int from, int to, bool last)
    {
        var result = new List<Chunk>();
        var chunkStart = from;
        var starts = new List<int> { 0 };
        for (var i = from; i < to; i++)
        {
            var ch = text[i];
            if (ch != '\n' && ch != '\r')
            {
                continue;
            }

            if (ch == '\r' && i + 1 < to && text[i + 1] == '\n')
            {
                i++;
            }

            var next = i + 1;
            if (next - chunkStart >= TargetLength && (next < to || !last))
            {
                result.Add(new Chunk(text[chunkStart..next], [.. starts]));
                chunkStart = next;
                starts.Clear();
                starts.Add(0);
            }
            else if (next < to || last)
            {
                starts.Add(next - chunkStart);
            }
        }

        if (chunkStart < to || last || result.Count == 0)
        {
            result.Add(new Chunk(text[chunkStart..to], [.. starts]));
        }

        return result;
    }

    /// <summary>Whole lines of text, and where each starts in it.</summary>
    private sealed record Chunk(string Text, int[] LineStarts);
}
