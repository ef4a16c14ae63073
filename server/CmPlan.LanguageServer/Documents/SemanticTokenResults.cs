using System.Globalization;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
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
/// a full collection per keystroke. The tokens are kept as the segments they come in (each block's
/// kept tokens, the comments between blocks; <see cref="TokenInts"/>), so that a delta compares the
/// segments and reads the integers of the changed ones only, and no array of the integers is made.
/// Each document keeps two arrays of segments, the last answer and a spare that the next answer is
/// written into before they swap, so that typing allocates none. Answered off the message loop,
/// several requests at once: the documents are found under one lock, and a document's arrays are
/// read and written under its own.
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
    public OutgoingMessage Full(JsonElement id, OpenDocument document, PositionEncoding encoding) => Answer(id, document, encoding, previousId: null);

    /// <summary>The response to request <paramref name="id"/>: one edit from the previous answer when the client names it, all the tokens otherwise.</summary>
    public OutgoingMessage Delta(JsonElement id, OpenDocument document, string previousId, PositionEncoding encoding) => Answer(id, document, encoding, previousId);

    public void Forget(string uri)
    {
        lock (gate)
        {
            last.Remove(uri);
        }
    }

    private OutgoingMessage Answer(JsonElement id, OpenDocument document, PositionEncoding encoding, string? previousId)
    {
        var kept = KeptFor(document.Uri);
        lock (kept.Gate)
        {
            // The second answer's array is sized once from the first's rather than grown to it.
            var last = kept.Data.Segments.Length;
            var buffer = kept.Spare.Length > 0 || last == 0 ? kept.Spare : new TokenSegment[last + (last / 8)];
            var count = SemanticTokenEncoder.Segments(document, encoding, ref buffer, out var ints);
            var resultId = JsonEncodedText.Encode(Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture));
            var answer = previousId is null ? Rpc.Respond(id, writer => WriteFull(writer, new TokenInts(buffer.AsSpan(0, count), ints), resultId), (ints * 4) + 128)
                : previousId == kept.Id ? RespondDelta(id, resultId, TokenInts.Diff(kept.Data, new TokenInts(buffer.AsSpan(0, count), ints)), buffer, count, ints)
                : Rpc.Respond(id, writer => WriteDeltaFull(writer, new TokenInts(buffer.AsSpan(0, count), ints), resultId), (ints * 4) + 128);
            kept.Replace(resultId.Value, buffer, count, ints);
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

    private static OutgoingMessage RespondDelta(JsonElement id, JsonEncodedText resultId, (int Start, int DeleteCount, int InsertCount)? edit, TokenSegment[] after, int count, int ints) =>
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
                    new TokenInts(after.AsSpan(0, count), ints).Write(writer, DataProperty, e.Start, e.InsertCount);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            ((edit?.InsertCount ?? 0) * 4) + 128);

    private static void WriteFull(Utf8JsonWriter writer, TokenInts data, JsonEncodedText resultId)
    {
        writer.WriteStartObject();
        data.Write(writer, DataProperty, 0, data.Count);
        writer.WriteString(ResultIdProperty, resultId);
        writer.WriteEndObject();
    }

    /// <summary>A delta answer with all the tokens: its members in the other order.</summary>
    private static void WriteDeltaFull(Utf8JsonWriter writer, TokenInts data, JsonEncodedText resultId)
    {
        writer.WriteStartObject();
        writer.WriteString(ResultIdProperty, resultId);
        data.Write(writer, DataProperty, 0, data.Count);
        writer.WriteEndObject();
    }

    /// <summary>A document's last answer, as segments, and the spare array the next one is written into; read and written under its own lock.</summary>
    private sealed class Kept
    {
        private TokenSegment[] segments = [];
        private int count;
        private int ints;

        public Lock Gate { get; } = new();

        public string? Id { get; private set; }

        public TokenSegment[] Spare { get; private set; } = [];

        public TokenInts Data => new(segments.AsSpan(0, count), ints);

        /// <summary>Keeps the first <paramref name="length"/> segments of <paramref name="buffer"/> as the answer <paramref name="id"/>; the last one's array becomes the spare.</summary>
        public void Replace(string id, TokenSegment[] buffer, int length, int integers)
        {
            // What lies past the answer would keep tokens of blocks long gone.
            buffer.AsSpan(length).Clear();
            Spare = segments;
            (Id, segments, count, ints) = (id, buffer, length, integers);
        }
    }
}
