using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>
/// Broken frames, bodies that are not messages, wrong types and unknown methods, through the whole
/// server over in-process pipes: each is answered as JSON-RPC says or ignored, and the next good
/// message is served.
/// </summary>
public class MessageAbuseTests
{
    private static int Code(JsonElement response) => ErrorOf(response).GetProperty("code").GetInt32();

    private static byte[] Framed(string json, int? length = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {length ?? body.Length}\r\n\r\n"), .. body];
    }

    private static async Task<LspClient> InitializedAsync()
    {
        var client = new LspClient();
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open("channel x y\n")));
        while (!(await client.ReceiveAsync()).TryGetProperty("params", out var p) || !p.TryGetProperty("diagnostics", out _))
        {
            // The ready log, then the document's diagnostics.
        }

        return client;
    }

    /// <summary>The server still serves: a hover on the open document is answered (after whatever came before).</summary>
    private static async Task<List<JsonElement>> AssertServesAsync(LspClient client, int id)
    {
        await client.SendAsync(Request(id, "textDocument/hover", new { textDocument = Doc, position = new { line = 0, character = 1 } }));
        var (response, before) = await client.ResponseAsync(id);
        Assert.False(response.TryGetProperty("error", out _), response.GetRawText());
        return before;
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n")]
    [InlineData("Content-Length:\r\n\r\n")]
    [InlineData("Content-Length: 1e3\r\n\r\n")]
    [InlineData("Content-Length: 0x10\r\n\r\n")]
    [InlineData("Content-Length: 2147483648\r\n\r\n")]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")]
    [InlineData("Cont\u00e8nt-Length: 2\r\n\r\n")]
    [InlineData("\0\0\0\r\n\r\n")]
    [InlineData("\r\n\r\n\r\n\n\n")]
    public async Task Header_blocks_without_a_usable_length_are_skipped(string header)
    {
        using var client = new LspClient();
        await client.SendRawAsync(Encoding.UTF8.GetBytes(header));
        await client.SendAsync(Request(1, "initialize", InitializeParams(false)));
        var (response, before) = await client.ResponseAsync(1);
        Assert.Empty(before);
        Assert.True(response.TryGetProperty("result", out _));
    }

    [Fact]
    public async Task A_header_line_of_a_megabyte_is_skipped()
    {
        using var client = new LspClient();
        await client.SendRawAsync(Encoding.ASCII.GetBytes("X-Padding: " + new string('a', 1 << 20) + "\r\n\r\n"));
        await client.SendAsync(Request(1, "initialize", InitializeParams(false)));
        var (response, before) = await client.ResponseAsync(1);
        Assert.Empty(before);
        Assert.True(response.TryGetProperty("result", out _));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20_000)] // the rest is longer than a header line may be
    public async Task A_length_too_short_costs_that_message_only(int missing)
    {
        using var client = await InitializedAsync();
        var open = Notification("textDocument/didOpen", new { textDocument = new { uri = "file:///other.cmplan", languageId = "cmplan", version = 1, text = new string('#', 40_000) } });
        await client.SendRawAsync(Framed(open, Encoding.UTF8.GetByteCount(open) - missing));
        var before = await AssertServesAsync(client, 3);
        var error = Assert.Single(before);
        Assert.Equal(ErrorCodes.ParseError, Code(error));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task A_length_too_long_costs_that_message_and_the_next_one_only()
    {
        using var client = await InitializedAsync();
        var json = Request(2, "textDocument/hover", new { textDocument = Doc, position = new { line = 0, character = 1 } });
        await client.SendRawAsync(Framed(json, Encoding.UTF8.GetByteCount(json) + 10));
        await client.SendAsync(Request(3, "textDocument/hover", new { textDocument = Doc, position = new { line = 0, character = 1 } }));
        var before = await AssertServesAsync(client, 4);
        Assert.DoesNotContain(before, m => m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number);
        Assert.Equal(ErrorCodes.ParseError, Code(Assert.Single(before, m => m.TryGetProperty("error", out _))));
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\"", ErrorCodes.ParseError)]
    [InlineData("", ErrorCodes.ParseError)]
    [InlineData("{'jsonrpc':'2.0'}", ErrorCodes.ParseError)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"} trailing", ErrorCodes.ParseError)]
    [InlineData("null", ErrorCodes.InvalidRequest)]
    [InlineData("42", ErrorCodes.InvalidRequest)]
    [InlineData("\"shutdown\"", ErrorCodes.InvalidRequest)]
    [InlineData("[]", ErrorCodes.InvalidRequest)]
    [InlineData("[{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}]", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":[\"shutdown\"]}", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"shutdown\"}", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":[2],\"method\":\"shutdown\"}", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"error\":\"x\"}", ErrorCodes.InvalidRequest)]
    public async Task A_body_that_is_not_a_request_gets_an_error_with_a_null_id_and_shuts_nothing_down(string body, int code)
    {
        using var client = await InitializedAsync();
        await client.SendAsync(body);
        var before = await AssertServesAsync(client, 3);
        var error = Assert.Single(before, m => m.TryGetProperty("error", out _));
        Assert.Equal(code, Code(error));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_body_is_a_parse_error()
    {
        using var client = await InitializedAsync();
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"a\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}")];
        await client.SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
        var before = await AssertServesAsync(client, 3);
        Assert.Equal(ErrorCodes.ParseError, Code(Assert.Single(before, m => m.TryGetProperty("error", out _))));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"jsonrpc\":\"2.0\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":77,\"result\":null}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"cmplan-999\",\"result\":{\"a\":1}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"yours\"}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"$/progress\",\"params\":{\"token\":1,\"value\":{}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":[1]}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":{\"deep\":[1]}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"$/setTrace\",\"params\":{\"value\":7}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeConfiguration\",\"params\":\"now\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/unknownEvent\",\"params\":{}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///never.cmplan\"}}}")]
    public async Task Responses_unknown_notifications_and_dollar_notifications_get_no_answer(string body)
    {
        using var client = await InitializedAsync();
        await client.SendAsync(body);
        var before = await AssertServesAsync(client, 3);
        Assert.DoesNotContain(before, m => m.TryGetProperty("id", out _));
    }

    [Theory]
    [InlineData("textDocument/frobnicate")]
    [InlineData("$/cancelRequest")]
    [InlineData("$/somethingNew")]
    [InlineData("workspace/executeCommand")]
    [InlineData("")]
    public async Task Unknown_requests_are_method_not_found(string method)
    {
        using var client = await InitializedAsync();
        await client.SendAsync(Request(2, method, new { id = 1 }));
        var (response, _) = await client.ResponseAsync(2);
        Assert.Equal(ErrorCodes.MethodNotFound, Code(response));
        await AssertServesAsync(client, 3);
    }

    [Theory]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"position\":{\"line\":\"0\",\"character\":1}}")]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"position\":{\"line\":1.5,\"character\":1}}")]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"position\":{\"line\":99999999999,\"character\":1}}")]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"position\":null}")]
    [InlineData("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"}}")]
    [InlineData("textDocument/hover", "\"file:///plans/test.cmplan\"")]
    [InlineData("textDocument/hover", "null")]
    [InlineData("textDocument/completion", "{\"textDocument\":[],\"position\":{\"line\":0,\"character\":1}}")]
    [InlineData("textDocument/references", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"position\":{\"line\":0,\"character\":1}}")]
    [InlineData("textDocument/rename", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"position\":{\"line\":0,\"character\":8},\"newName\":5}")]
    [InlineData("textDocument/inlayHint", "{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\"},\"range\":7}")]
    [InlineData("textDocument/documentSymbol", "{\"textDocument\":{\"uri\":false}}")]
    [InlineData("textDocument/formatting", "{\"textDocument\":{\"uri\":\"file:///elsewhere.cmplan\"},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}")]
    [InlineData("cmplan/schedule", "{}")]
    public async Task Params_of_the_wrong_type_are_invalid_params(string method, string parameters)
    {
        using var client = await InitializedAsync();
        await client.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"{method}\",\"params\":{parameters}}}");
        var (response, _) = await client.ResponseAsync(2);
        Assert.Equal(ErrorCodes.InvalidParams, Code(response));
        await AssertServesAsync(client, 3);
    }

    [Theory]
    [InlineData("{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\",\"version\":\"two\"},\"contentChanges\":[]}")]
    [InlineData("{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\",\"version\":2},\"contentChanges\":[{\"text\":null}]}")]
    [InlineData("{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\",\"version\":2},\"contentChanges\":{\"text\":\"x\"}}")]
    [InlineData("{\"textDocument\":{\"uri\":\"file:///plans/test.cmplan\",\"version\":2},\"contentChanges\":[{\"range\":\"all\",\"text\":\"x\"}]}")]
    public async Task A_change_with_params_of_the_wrong_type_is_logged_and_leaves_the_document_as_it_was(string parameters)
    {
        using var client = await InitializedAsync();
        await client.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{parameters}}}");
        var before = await AssertServesAsync(client, 3);
        var log = Assert.Single(before, m => m.TryGetProperty("method", out var name) && name.GetString() == "window/logMessage");
        Assert.Equal(1, log.GetProperty("params").GetProperty("type").GetInt32());
        Assert.DoesNotContain(before, m => m.TryGetProperty("method", out var name) && name.GetString() == "textDocument/publishDiagnostics");
    }

    [Theory]
    [InlineData("textDocument/hover")]
    [InlineData("textDocument/formatting")]
    [InlineData("textDocument/codeAction")]
    [InlineData("cmplan/schedule")]
    [InlineData("shutdown")]
    [InlineData("nope/nothing")]
    public async Task Requests_before_initialize_are_not_initialized_and_notifications_are_dropped(string method)
    {
        using var client = new LspClient();
        await client.SendAsync(Notification("textDocument/didOpen", Open("channel x y\n")));
        await client.SendAsync(Notification("initialized"));
        await client.SendAsync(Request(1, method, new { textDocument = Doc, position = new { line = 0, character = 0 } }));
        var (response, before) = await client.ResponseAsync(1);
        Assert.Empty(before);
        Assert.Equal(ErrorCodes.ServerNotInitialized, Code(response));

        // Initialize still works afterwards, and the document opened too early was never open.
        await client.SendAsync(Request(2, "initialize", InitializeParams(false)));
        await client.ResponseAsync(2);
        await client.SendAsync(Request(3, "textDocument/hover", new { textDocument = Doc, position = new { line = 0, character = 0 } }));
        Assert.Equal(ErrorCodes.InvalidParams, Code((await client.ResponseAsync(3)).Response));
    }

    [Fact]
    public async Task A_client_answering_the_servers_registration_with_a_null_result_gets_no_answer_back()
    {
        using var client = new LspClient();
        await client.SendAsync(Request(1, "initialize", new { capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } } }));
        await client.ResponseAsync(1);
        await client.SendAsync(Notification("initialized"));
        JsonElement registration;
        do
        {
            registration = await client.ReceiveAsync();
        }
        while (!registration.TryGetProperty("method", out var name) || name.GetString() != "client/registerCapability");

        // The spec's answer to client/registerCapability is a null result.
        await client.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{registration.GetProperty("id").GetRawText()},\"result\":null}}");
        await client.SendAsync(Notification("textDocument/didOpen", Open("channel x y\n")));
        var before = await AssertServesAsync(client, 2);
        Assert.DoesNotContain(before, m => m.TryGetProperty("error", out _));
    }
}
