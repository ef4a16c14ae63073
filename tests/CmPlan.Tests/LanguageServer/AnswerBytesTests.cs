using System.Text;
using CmPlan.LanguageServer.Server;
using CmPlan.Tests.Support;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// The bytes the server sends for an editor's round, every message exactly as serialized (not
/// re-parsed): how answers are buffered may change, what is sent may not. The plan is long enough
/// that the outline, folding and diagnostics answers take several buffers.
/// </summary>
public class AnswerBytesTests
{
    private static object Cursor => new { line = 9, character = 5 };

    [Fact]
    public void An_editor_round_is_sent_byte_for_byte_as_before()
    {
        var dispatcher = Started(utf8: true);
        var wire = new StringBuilder();
        var id = 10;
        void Round(string json)
        {
            using var result = dispatcher.Handle(LspServer.Parse(Encoding.UTF8.GetBytes(json)).Message!);
            foreach (var message in result.Messages)
            {
                wire.Append(Encoding.UTF8.GetString(message.ToArray())).Append('\n');
            }

            using var answer = result.Answer ?? result.Later?.Invoke(CancellationToken.None);
            if (answer is not null)
            {
                wire.Append(Encoding.UTF8.GetString(answer.ToArray())).Append('\n');
            }
        }

        Round(Notification("textDocument/didOpen", Open(LongPlan.Text(400))));
        Round(Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = 2 }, contentChanges = new[] { new { range = Range(9, 5, 9, 5), text = "é" } } }));
        Round(Request(id++, "textDocument/codeAction", new { textDocument = Doc, range = Range(9, 5, 9, 5), context = new { diagnostics = Array.Empty<object>() } }));
        foreach (var method in (string[])["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full"])
        {
            Round(Request(id++, method, new { textDocument = Doc }));
        }

        Round(Request(id++, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = "1" }));
        Round(Request(id++, "textDocument/inlayHint", new { textDocument = Doc, range = Range(0, 0, 60, 0) }));
        Round(Request(id++, "textDocument/documentHighlight", new { textDocument = Doc, position = Cursor }));
        Round(Request(id++, "textDocument/hover", new { textDocument = Doc, position = new { line = 10, character = 4 } }));
        Round(Request(id++, "textDocument/nothing", new { textDocument = Doc }));
        Round(Request(id++, "textDocument/hover", new { textDocument = 5 }));
        Round(Request(id, "shutdown"));
        Golden.Verify(Path.Combine("lsp", "editor-round.jsonl"), wire.ToString());
    }
}
