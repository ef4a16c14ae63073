using System.Text.Json;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The answer to <c>textDocument/foldingRange</c> written straight as JSON, as
/// <see cref="OutlineJson"/> writes the outline: the same bytes as <see cref="EditorFeatures.Folding"/>
/// serialized (a test holds them equal), from the ranges each block keeps, without building them
/// as objects and arrays first (on 10,000 posts, arrays of 10,000 ranges each keystroke).
/// </summary>
public static class FoldingJson
{
    private static readonly JsonEncodedText StartLineProperty = JsonEncodedText.Encode("startLine");
    private static readonly JsonEncodedText EndLineProperty = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText KindProperty = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Comment = JsonEncodedText.Encode(EditorFeatures.Kind(FoldingKind.Comment));
    private static readonly JsonEncodedText Region = JsonEncodedText.Encode(EditorFeatures.Kind(FoldingKind.Region));

    /// <summary>
    /// About what one range takes (<c>{"startLine":1234,"endLine":1240,"kind":"region"},</c>), to size
    /// the buffer once: the bench's plans have 0.7 range per top-level item (blocks, blank lines, comments).
    /// </summary>
    private const int RangeBytes = 52;

    /// <summary>The response to request <paramref name="id"/>: the folding ranges of <paramref name="document"/>.</summary>
    public static OutgoingMessage Respond(JsonElement id, OpenDocument document) =>
        Rpc.Respond(id, writer => Write(writer, document), (document.Analysis.Syntax.Items.Length * RangeBytes * 3 / 4) + 256);

    public static void Write(Utf8JsonWriter writer, OpenDocument document)
    {
        writer.WriteStartArray();
        foreach (var (startLine, endLine, kind) in FoldingRanges.Placed(document.Analysis))
        {
            writer.WriteStartObject();
            writer.WriteNumber(StartLineProperty, startLine);
            writer.WriteNumber(EndLineProperty, endLine);
            writer.WriteString(KindProperty, kind == FoldingKind.Comment ? Comment : Region);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
