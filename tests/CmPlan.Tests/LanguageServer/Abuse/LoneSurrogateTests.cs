using System.Text.Json;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>
/// Half an emoji in the editor's text, sent as JSON sends it (<c>\ud83c</c> alone): the document
/// opens and changes as in the editor, and every answer, even one quoting that text, is valid JSON.
/// </summary>
public class LoneSurrogateTests
{
    /// <summary>Line 5 holds <c>"ab\ud83ccd"</c> (half of 🎉) and blanks the formatter removes.</summary>
    private const string Escaped = "channel x\\n\\npost a\\n    on x\\n    at 2027-03-10 12:30\\n    text \\\"ab\\ud83ccd  \\\"   \\n";

    private static string OpenEscaped() =>
        $"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{{\"textDocument\":{{\"uri\":\"{DocUri}\",\"languageId\":\"cmplan\",\"version\":1,\"text\":\"{Escaped}\"}}}}}}";

    [Fact]
    public void A_document_with_half_an_emoji_opens_and_is_served()
    {
        var dispatcher = Started();
        var published = Single(Send(dispatcher, OpenEscaped()), "textDocument/publishDiagnostics");
        Assert.Equal(1, published.GetProperty("params").GetProperty("version").GetInt32());
        Assert.Contains("text \"ab\ud83ccd  \"", dispatcher.Documents[DocUri].Text, StringComparison.Ordinal);

        // A change typed after the half emoji lands one UTF-16 unit after it, as in the editor.
        var change = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + DocUri
            + "\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":5,\"character\":13},\"end\":{\"line\":5,\"character\":13}},\"text\":\"\\udf89!\"}]}}";
        Single(Send(dispatcher, change), "textDocument/publishDiagnostics");
        Assert.Contains("text \"ab🎉!cd  \"", dispatcher.Documents[DocUri].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_that_quote_the_text_are_valid_json_and_the_server_goes_on()
    {
        using var client = new LspClient();
        await client.InitializeAsync();
        await client.SendAsync(OpenEscaped());
        var requests = new[]
        {
            Request(2, "textDocument/formatting", new { textDocument = Doc, options = new { tabSize = 2, insertSpaces = true } }),
            Request(3, "textDocument/hover", new { textDocument = Doc, position = new { line = 2, character = 5 } }),
            Request(4, "textDocument/codeAction", new { textDocument = Doc, range = Range(0, 0, 6, 0), context = new { diagnostics = Array.Empty<object>() } }),
            Request(5, "textDocument/semanticTokens/full", new { textDocument = Doc }),
            Request(6, "cmplan/schedule", new { textDocument = Doc }),
        };
        for (var i = 0; i < requests.Length; i++)
        {
            await client.SendAsync(requests[i]);
            var (response, _) = await client.ResponseAsync(i + 2);
            Assert.False(response.TryGetProperty("error", out _), response.GetRawText());
        }
    }

    [Fact]
    public void Escapes_of_every_kind_read_as_json_says_next_to_a_lone_surrogate()
    {
        var json = "{\"uri\":\"u\",\"languageId\":\"cmplan\",\"version\":1,\"text\":\"\\ud83c \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 é 🎉\"}";
        var item = JsonSerializer.Deserialize(json, CmPlan.LanguageServer.Protocol.LspJsonContext.Default.TextDocumentItem)!;
        Assert.Equal("\ud83c \" \\ / \b \f \n \r \t é é 🎉", item.Text);
    }
}
