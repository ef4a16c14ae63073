using System.Globalization;
using System.Text.Json;
using CmPlan.LanguageServer.Server;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The last whole-document semantic tokens sent for each document, by result id, so that
/// <c>semanticTokens/full/delta</c> sends only what changed: after a keystroke, one edit of a few
/// integers instead of the whole array (hundreds of KB on a large plan). The answers are written
/// straight as JSON, the same bytes as <c>SemanticTokensDto</c> and <c>SemanticTokensDeltaDto</c>
/// serialized.
/// </summary>
/// <remarks>
/// On a large plan the array is megabytes, on the large-object heap: a new one per keystroke made
/// a full collection per keystroke. Each document keeps two arrays, the last answer and a spare
/// that the next answer is written into before they swap, so that typing allocates none. Answered
/// off the message loop, several requests at once: the documents are found under one lock, and a
/// document's arrays are read and written under its own.
/// </remarks>
public sealed class SemanticTokenResults
{
    private static readonly JsonEncodedText DataProperty = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ResultIdProperty = JsonEncodedText.Encode("resultId");
    private static readonly JsonEncodedText EditsProperty = JsonEncodedText.Encode("edits");
    private static readonly JsonEncodedText StartProperty = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText DeleteCountProperty = JsonEncodedText.Encode("deleteCount");

    private readonly Dictionary<string, Kept> last = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long next;

    /// <summary>The response to request <paramref name="id"/>: all the tokens, under a new result id.</summary>
    public byte[] Full(JsonElement id, OpenDocument document, PositionEncoding encoding) => Answer(id, document, encoding, previousId: null);

    /// <summary>The response to request <paramref name="id"/>: one edit from the previous answer when the client names it, all the tokens otherwise.</summary>
    public byte[] Delta(JsonElement id, OpenDocument document, string previousId, PositionEncoding encoding) => Answer(id, document, encoding, previousId);

    public void Forget(string uri)
    {
        lock (gate)
        {
            last.Remove(uri);
        }
    }

    /// <summary>
    /// The edit from <paramref name="before"/> to <paramref name="after"/>: none, or one replacing what
    /// lies between their common start and their common end (the end taken after the start).
    /// </summary>
    public static (int Start, int DeleteCount, int InsertCount)? Diff(ReadOnlySpan<int> before, ReadOnlySpan<int> after)
    {
        var prefix = before.CommonPrefixLength(after);
        if (prefix == before.Length && prefix == after.Length)
        {
            return null;
        }

        var suffix = CommonSuffixLength(before[prefix..], after[prefix..]);
        return (prefix, before.Length - prefix - suffix, after.Length - prefix - suffix);
    }

    private byte[] Answer(JsonElement id, OpenDocument document, PositionEncoding encoding, string? previousId)
    {
        var kept = KeptFor(document.Uri);
        lock (kept.Gate)
        {
            // The second answer's array is sized once from the first's rather than grown to it.
            var buffer = kept.Spare.Length > 0 || kept.Data.IsEmpty ? kept.Spare : new int[kept.Data.Length + (kept.Data.Length / 8)];
            var count = SemanticTokenEncoder.EncodeWhole(document, encoding, ref buffer);
            var resultId = JsonEncodedText.Encode(Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture));
            var after = buffer.AsSpan(0, count);
            var answer = previousId is null ? Rpc.Respond(id, writer => WriteFull(writer, buffer.AsSpan(0, count), resultId), (count * 4) + 128)
                : previousId == kept.Id ? RespondDelta(id, resultId, Diff(kept.Data, after), buffer)
                : Rpc.Respond(id, writer => WriteDeltaFull(writer, buffer.AsSpan(0, count), resultId), (count * 4) + 128);
            kept.Replace(resultId.Value, buffer, count);
            return answer;
        }
    }

    private Kept KeptFor(string uri)
    {
        lock (gate)
        {
            if (!last.TryGetValue(uri, out var kept))
            {
                kept = new Kept();
                last[uri] = kept;
            }

            return kept;
        }
    }

    private static byte[] RespondDelta(JsonElement id, JsonEncodedText resultId, (int Start, int DeleteCount, int InsertCount)? edit, int[] after) =>
        Rpc.Respond(
            id,
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteString(ResultIdProperty, resultId);
                writer.WriteStartArray(EditsProperty);
                if (edit is { } e)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber(StartProperty, e.Start);
                    writer.WriteNumber(DeleteCountProperty, e.DeleteCount);
                    WriteData(writer, after.AsSpan(e.Start, e.InsertCount));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            ((edit?.InsertCount ?? 0) * 4) + 128);

    private static void WriteFull(Utf8JsonWriter writer, ReadOnlySpan<int> data, JsonEncodedText resultId)
    {
        writer.WriteStartObject();
        WriteData(writer, data);
        writer.WriteString(ResultIdProperty, resultId);
        writer.WriteEndObject();
    }

    /// <summary>A delta answer with all the tokens: its members in the other order.</summary>
    private static void WriteDeltaFull(Utf8JsonWriter writer, ReadOnlySpan<int> data, JsonEncodedText resultId)
    {
        writer.WriteStartObject();
        writer.WriteString(ResultIdProperty, resultId);
        WriteData(writer, data);
        writer.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter writer, ReadOnlySpan<int> data)
    {
        writer.WriteStartArray(DataProperty);
        foreach (var value in data)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>How many integers <paramref name="before"/> and <paramref name="after"/> end with alike: compared by runs first, which vectorizes.</summary>
    private static int CommonSuffixLength(ReadOnlySpan<int> before, ReadOnlySpan<int> after)
    {
        const int Run = 256;
        var length = Math.Min(before.Length, after.Length);
        before = before[^length..];
        after = after[^length..];
        var suffix = 0;
        while (suffix + Run <= length && before.Slice(length - suffix - Run, Run).SequenceEqual(after.Slice(length - suffix - Run, Run)))
        {
            suffix += Run;
        }

        while (suffix < length && before[length - suffix - 1] == after[length - suffix - 1])
        {
            suffix++;
        }

        return suffix;
    }

    /// <summary>A document's last answer and the spare array the next one is written into; read and written under its own lock.</summary>
    private sealed class Kept
    {
        private int[] data = [];
        private int count;

        public Lock Gate { get; } = new();

        public string? Id { get; private set; }

        public int[] Spare { get; private set; } = [];

        public ReadOnlySpan<int> Data => data.AsSpan(0, count);

        /// <summary>Keeps <paramref name="buffer"/>'s first <paramref name="length"/> integers as the answer <paramref name="id"/>; the last one's array becomes the spare.</summary>
        public void Replace(string id, int[] buffer, int length)
        {
            Spare = data;
            (Id, data, count) = (id, buffer, length);
        }
    }
}
