using System.Text.Json;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The integers LSP wants for a document's semantic tokens, read from the <see cref="TokenSegment"/>s
/// they come in, never copied into one array: on a large plan that array is megabytes, and after a
/// keystroke all but one segment are the same kept tokens as in the last answer.
/// </summary>
internal readonly ref struct TokenInts(ReadOnlySpan<TokenSegment> segments, int count)
{
    public ReadOnlySpan<TokenSegment> Segments { get; } = segments;

    /// <summary>How many integers: the length of the array they stand for.</summary>
    public int Count { get; } = count;

    /// <summary>The integer at <paramref name="offset"/> in segment <paramref name="segment"/>.</summary>
    public int At(int segment, int offset)
    {
        var data = Segments[segment].Data;
        if (offset >= 2)
        {
            return data[offset];
        }

        var (line, character) = segment > 0 ? (Segments[segment - 1].LastLine, Segments[segment - 1].LastCharacter) : (0, 0);
        var first = Segments[segment].FirstLine + data[0];
        return offset == 0 ? first - line : first == line ? data[1] - character : data[1];
    }

    /// <summary>Whether segment <paramref name="mine"/> holds the same integers as segment <paramref name="theirs"/> of <paramref name="other"/>, known without reading them: the same kept tokens, their first token placed alike.</summary>
    public bool SameAs(int mine, TokenInts other, int theirs) =>
        ReferenceEquals(Segments[mine].Data, other.Segments[theirs].Data)
        && At(mine, 0) == other.At(theirs, 0)
        && At(mine, 1) == other.At(theirs, 1);

    /// <summary>
    /// The edit from <paramref name="before"/> to <paramref name="after"/>: none, or one replacing what
    /// lies between their common start and their common end (the end taken after the start), as
    /// comparing the two arrays integer by integer finds it; a segment both share is stepped over whole.
    /// </summary>
    public static (int Start, int DeleteCount, int InsertCount)? Diff(TokenInts before, TokenInts after)
    {
        var prefix = 0;
        var (i, k, j, l) = (0, 0, 0, 0);
        while (i < before.Segments.Length && j < after.Segments.Length)
        {
            if (k == 0 && l == 0 && before.SameAs(i, after, j))
            {
                prefix += before.Segments[i++].Data.Length;
                j++;
                continue;
            }

            if (before.At(i, k) != after.At(j, l))
            {
                break;
            }

            prefix++;
            (i, k) = before.Next(i, k);
            (j, l) = after.Next(j, l);
        }

        if (prefix == before.Count && prefix == after.Count)
        {
            return null;
        }

        var limit = Math.Min(before.Count, after.Count) - prefix;
        var suffix = 0;
        (i, j) = (before.Segments.Length - 1, after.Segments.Length - 1);
        (k, l) = (before.LastOffset(i), after.LastOffset(j));
        while (suffix < limit)
        {
            var length = before.Segments[i].Data.Length;
            if (k == length - 1 && l == after.Segments[j].Data.Length - 1 && suffix + length <= limit && before.SameAs(i, after, j))
            {
                suffix += length;
                (i, j) = (i - 1, j - 1);
                (k, l) = (before.LastOffset(i), after.LastOffset(j));
                continue;
            }

            if (before.At(i, k) != after.At(j, l))
            {
                break;
            }

            suffix++;
            (i, k) = before.Previous(i, k);
            (j, l) = after.Previous(j, l);
        }

        return (prefix, before.Count - prefix - suffix, after.Count - prefix - suffix);
    }

    /// <summary>Writes the <paramref name="length"/> integers from <paramref name="start"/> as a JSON array.</summary>
    public void Write(Utf8JsonWriter writer, JsonEncodedText property, int start, int length)
    {
        writer.WriteStartArray(property);
        var (segment, offset) = (0, start);
        while (length > 0 && offset >= Segments[segment].Data.Length)
        {
            offset -= Segments[segment++].Data.Length;
        }

        for (; length > 0; length--)
        {
            writer.WriteNumberValue(At(segment, offset));
            (segment, offset) = Next(segment, offset);
        }

        writer.WriteEndArray();
    }

    private (int Segment, int Offset) Next(int segment, int offset) =>
        offset + 1 < Segments[segment].Data.Length ? (segment, offset + 1) : (segment + 1, 0);

    private (int Segment, int Offset) Previous(int segment, int offset) =>
        offset > 0 ? (segment, offset - 1) : (segment - 1, LastOffset(segment - 1));

    private int LastOffset(int segment) => segment >= 0 ? Segments[segment].Data.Length - 1 : 0;
}
