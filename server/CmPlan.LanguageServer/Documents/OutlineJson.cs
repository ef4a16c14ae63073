using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;
using NodaTime;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The answer to <c>textDocument/documentSymbol</c> written straight as JSON: the same bytes as
/// <see cref="EditorFeatures.Symbols"/> serialized (a test holds them equal), without building
/// the outline as objects first.
/// </summary>
/// <remarks>
/// An editor asks for the outline after every keystroke, and on 10,000 posts it is megabytes. A
/// block's name, kind and positions depend on its text alone: they are kept, encoded, with its
/// lines counted from its first line, under its <see cref="BlockSyntax.Identity"/> (the same for
/// every move of it), so after an edit only the edited block is read and placed again. A post's
/// detail follows the schedule: it is written again only when its first publication moved.
/// </remarks>
public static class OutlineJson
{
    private static readonly ConditionalWeakTable<object, KeptSymbol> Kept = new();
    private static readonly JsonEncodedText NameProperty = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText DetailProperty = JsonEncodedText.Encode("detail");
    private static readonly JsonEncodedText KindProperty = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText RangeProperty = JsonEncodedText.Encode("range");
    private static readonly JsonEncodedText SelectionRangeProperty = JsonEncodedText.Encode("selectionRange");
    private static readonly JsonEncodedText StartProperty = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndProperty = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText LineProperty = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText CharacterProperty = JsonEncodedText.Encode("character");

    /// <summary>About what one symbol takes, to size the buffer once.</summary>
    private const int SymbolBytes = 280;

    /// <summary>The response to request <paramref name="id"/>: the outline of <paramref name="document"/>.</summary>
    public static OutgoingMessage Respond(JsonElement id, OpenDocument document, PositionEncoding encoding) =>
        Rpc.Respond(id, writer => Write(writer, document, encoding), (document.Analysis.Syntax.Items.Length * SymbolBytes / 2) + 256);

    public static void Write(Utf8JsonWriter writer, OpenDocument document, PositionEncoding encoding)
    {
        var source = document.Source;
        var firsts = DocumentSymbols.FirstPublications(document.Analysis.Schedule);
        var encoder = new SymbolEncoder();
        writer.WriteStartArray();
        foreach (var block in document.Analysis.Syntax.Blocks)
        {
            if (DocumentSymbols.HasChildren(block) || (source.HasBom && block.FirstLine == 0))
            {
                // The plan and the policy (few, with their settings), and a block whose first line the byte-order mark shifts.
                JsonSerializer.Serialize(writer, EditorFeatures.Symbol(DocumentSymbols.OfBlock(block, firsts), source, encoding), LspJsonContext.Default.DocumentSymbolDto);
                continue;
            }

            var kept = KeptOf(block, source, encoding);
            writer.WriteRawValue(kept.Json(block.FirstLine, kept.Detail(block, firsts.GetValueOrDefault(kept.Id)), encoder), skipInputValidation: true);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes single symbols as JSON, one outline's worth with one buffer and writer: after a line
    /// is added, every block below has its symbol written again (thousands on a large plan). Made
    /// when first needed, so an outline copied whole makes none.
    /// </summary>
    private sealed class SymbolEncoder
    {
        private ArrayBufferWriter<byte>? buffer;
        private Utf8JsonWriter? writer;

        /// <summary>One block's symbol as JSON, its ranges placed from <paramref name="firstLine"/>.</summary>
        public byte[] Encode(KeptSymbol kept, int firstLine, JsonEncodedText detail)
        {
            buffer ??= new ArrayBufferWriter<byte>(SymbolBytes);
            buffer.ResetWrittenCount();
            if (writer is null)
            {
                writer = new Utf8JsonWriter(buffer);
            }
            else
            {
                writer.Reset(buffer);
            }

            writer.WriteStartObject();
            writer.WriteString(NameProperty, kept.Name);
            writer.WriteString(DetailProperty, detail);
            writer.WriteNumber(KindProperty, kept.Kind);
            WriteRange(writer, RangeProperty, firstLine, kept.Range);
            WriteRange(writer, SelectionRangeProperty, firstLine, kept.Selection);
            writer.WriteEndObject();
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
    }

    private static KeptSymbol KeptOf(BlockSyntax block, SourceText source, PositionEncoding encoding)
    {
        if (Kept.TryGetValue(block.Identity, out var kept) && kept.Encoding == encoding)
        {
            return kept;
        }

        var name = DocumentSymbols.Name(block);
        kept = new KeptSymbol(
            encoding,
            name,
            JsonEncodedText.Encode(name),
            EditorFeatures.Kind(DocumentSymbols.Kind(block.Kind)),
            Relative(Positions.ToRange(source, block.Span, encoding), block.FirstLine),
            Relative(Positions.ToRange(source, block.NameOrKeywordSpan, encoding), block.FirstLine));
        Kept.AddOrUpdate(block.Identity, kept);
        return kept;
    }

    private static RangeDto Relative(RangeDto range, int firstLine) =>
        new(range.Start with { Line = range.Start.Line - firstLine }, range.End with { Line = range.End.Line - firstLine });

    private static void WriteRange(Utf8JsonWriter writer, JsonEncodedText property, int firstLine, RangeDto relative)
    {
        writer.WriteStartObject(property);
        WritePosition(writer, StartProperty, firstLine, relative.Start);
        WritePosition(writer, EndProperty, firstLine, relative.End);
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, JsonEncodedText property, int firstLine, Position relative)
    {
        writer.WriteStartObject(property);
        writer.WriteNumber(LineProperty, firstLine + relative.Line);
        writer.WriteNumber(CharacterProperty, relative.Character);
        writer.WriteEndObject();
    }

    /// <summary>A block's symbol as far as its text decides it, its ranges from its first line; its last detail, and its last JSON.</summary>
    private sealed class KeptSymbol(PositionEncoding encoding, string id, JsonEncodedText name, int kind, RangeDto range, RangeDto selection)
    {
        private LastDetail? last;
        private LastJson? json;

        public PositionEncoding Encoding { get; } = encoding;

        /// <summary>The name unencoded: the key of the post's first publication.</summary>
        public string Id { get; } = id;

        public JsonEncodedText Name { get; } = name;

        public int Kind { get; } = kind;

        public RangeDto Range { get; } = range;

        public RangeDto Selection { get; } = selection;

        /// <summary>The detail for <paramref name="first"/>, made again only when it goes out at another time (read and replaced whole, from any thread).</summary>
        public LastDetail Detail(BlockSyntax block, Publication? first)
        {
            var when = first?.Local;
            if (Volatile.Read(ref last) is { } known && known.When == when)
            {
                return known;
            }

            var detail = new LastDetail(when, JsonEncodedText.Encode(DocumentSymbols.Detail(block, first)));
            Volatile.Write(ref last, detail);
            return detail;
        }

        /// <summary>
        /// The symbol's JSON with the block at <paramref name="firstLine"/>: the same bytes as long as
        /// the block stays on its lines and its detail holds, as after typing within a line, so the
        /// outline of ten thousand posts is mostly copied (read and replaced whole, from any thread).
        /// </summary>
        public byte[] Json(int firstLine, LastDetail detail, SymbolEncoder encoder)
        {
            if (Volatile.Read(ref json) is { } known && known.FirstLine == firstLine && ReferenceEquals(known.Detail, detail))
            {
                return known.Bytes;
            }

            var made = new LastJson(firstLine, detail, encoder.Encode(this, firstLine, detail.Text));
            Volatile.Write(ref json, made);
            return made.Bytes;
        }

        public sealed record LastDetail(LocalDateTime? When, JsonEncodedText Text);

        private sealed record LastJson(int FirstLine, LastDetail Detail, byte[] Bytes);
    }
}
