using System.Text;
using System.Text.Json;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.Tests.Fuzz;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// <c>documentSymbol</c> is written straight as JSON and keeps each block's part while an edit
/// only moves the block: after every edit of a seeded sequence, the answer is byte for byte the
/// outline of the edited text opened afresh, built as objects and serialized, in UTF-16 and UTF-8.
/// </summary>
public class OutlineAfterEditsTests
{
    private static readonly string[] Pastes =
    [
        "\n", " ", "#", "\"", "é", "🚲", "2027-03-02 09:00", "2030-01-01 08:00", "p2", "  at 2027-03-09 10:00\n", "# commentaire\n",
        "post p\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour @ami\"\n\n", "channel x\n", "queue q\n  on x\n", "policy\n  min-interval 1h\n",
        "plan \"Été 🌞\"\n  timezone Europe/Paris\n",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void After_each_edit_the_outline_is_that_of_the_text_opened_afresh(bool utf8)
    {
        var encoding = utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        for (var seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var text = Encoding.UTF8.GetString(FuzzInputs.Case(seed)).Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
            var server = Started(utf8, text);
            Assert.Equal(Expected(server, encoding), Outline(server));
            for (var step = 0; step < 10; step++)
            {
                var (start, end, paste) = SemanticTokensAfterEditsTests.RandomEdit(rng, text, Pastes);
                var range = Positions.ToRange(SourceText.From(text), TextSpan.FromBounds(start, end), encoding);
                Send(server, Notification("textDocument/didChange", new
                {
                    textDocument = new { uri = DocUri, version = step + 2 },
                    contentChanges = new[] { new { range, text = paste } },
                }));
                text = server.Documents[DocUri].Text;
                Assert.True(Expected(server, encoding) == Outline(server), $"seed {seed}, step {step}: [{start}..{end}) <- {JsonSerializer.Serialize(paste)}");
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_block_moved_onto_or_off_the_first_line_after_a_byte_order_mark_is_placed_with_it(bool utf8)
    {
        var encoding = utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        var server = Started(utf8, "\uFEFF\nchannel vélo\n\npost p\n  on vélo\n  at 2027-03-02 09:00\n  text \"Bonjour 🚲\"\n");
        Assert.Equal(Expected(server, encoding), Outline(server));
        Send(server, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = 2 }, contentChanges = new[] { new { range = Range(0, utf8 ? 3 : 1, 1, 0), text = "" } } }));
        Assert.StartsWith("\uFEFFchannel vélo", server.Documents[DocUri].Text, StringComparison.Ordinal);
        var onFirstLine = Outline(server);
        Assert.Equal(Expected(server, encoding), onFirstLine);
        Assert.Contains($"\"selectionRange\":{{\"start\":{{\"line\":0,\"character\":{(utf8 ? 11 : 9)}}}", onFirstLine, StringComparison.Ordinal);
        Send(server, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = 3 }, contentChanges = new[] { new { range = Range(0, utf8 ? 3 : 1, 0, utf8 ? 3 : 1), text = "\n" } } }));
        Assert.Equal(Expected(server, encoding), Outline(server));
    }

    private static string Outline(CmPlan.LanguageServer.Server.Dispatcher server) =>
        Send(server, Request(98, "textDocument/documentSymbol", new { textDocument = Doc }))[0].GetProperty("result").GetRawText();

    /// <summary>The outline built as objects from a fresh analysis of the document's text, serialized.</summary>
    private static string Expected(CmPlan.LanguageServer.Server.Dispatcher server, PositionEncoding encoding)
    {
        var fresh = OpenDocument.Create(DocUri, 1, server.Documents[DocUri].Text, Options.Analysis);
        return JsonSerializer.Serialize(EditorFeatures.Symbols(fresh, encoding), LspJsonContext.Default.ImmutableArrayDocumentSymbolDto);
    }
}
