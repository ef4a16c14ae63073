using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

public class LifecycleTests
{
    private static int Code(JsonElement response) => ErrorOf(response).GetProperty("code").GetInt32();

    [Fact]
    public void Requests_before_initialize_are_not_initialized_errors_and_notifications_are_dropped()
    {
        var dispatcher = new Dispatcher(Options);
        Assert.Equal(ErrorCodes.ServerNotInitialized, Code(Assert.Single(Send(dispatcher, Request(7, "shutdown")))));
        Assert.Empty(Send(dispatcher, Notification("textDocument/didOpen", Open("channel x\n"))));
        Assert.Empty(dispatcher.Documents);
        Assert.Equal(Lifecycle.NotInitialized, dispatcher.State);
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-8")]
    public void Initialize_negotiates_the_position_encoding(bool utf8, string expected)
    {
        var dispatcher = new Dispatcher(Options);
        var response = Assert.Single(Send(dispatcher, Request(1, "initialize", InitializeParams(utf8))));
        Assert.Equal(1, response.GetProperty("id").GetInt32());
        var result = response.GetProperty("result");
        Assert.Equal(expected, result.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        Assert.Equal(2, result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(result.GetProperty("capabilities").GetProperty("documentFormattingProvider").GetBoolean());
        Assert.Equal("cmplan", result.GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(Lifecycle.Running, dispatcher.State);
    }

    [Fact]
    public void Initialized_logs_a_ready_message()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", InitializeParams(false)));
        var log = Single(Send(dispatcher, Notification("initialized")), "window/logMessage");
        Assert.Contains("ready", log.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_initialize_is_an_invalid_request() =>
        Assert.Equal(ErrorCodes.InvalidRequest, Code(Assert.Single(Send(Started(), Request(2, "initialize", InitializeParams(false))))));

    [Fact]
    public void Unknown_requests_are_method_not_found_and_unknown_notifications_are_ignored()
    {
        var dispatcher = Started();
        var response = Assert.Single(Send(dispatcher, Request(5, "textDocument/frobnicate")));
        Assert.Equal(ErrorCodes.MethodNotFound, Code(response));
        Assert.Equal(5, response.GetProperty("id").GetInt32());
        Assert.Empty(Send(dispatcher, Notification("$/somethingNew")));
        Assert.Empty(Send(dispatcher, Notification("workspace/frobnicated")));
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":{\"processId\":\"nine\"}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":[1]}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\"}")]
    public void Initialize_with_params_of_the_wrong_shape_is_invalid_params(string json)
    {
        var dispatcher = new Dispatcher(Options);
        Assert.Equal(ErrorCodes.InvalidParams, Code(Assert.Single(Send(dispatcher, json))));
        Assert.Equal(Lifecycle.NotInitialized, dispatcher.State);
    }

    [Theory]
    [InlineData("{\"textDocument\":{\"uri\":\"file:///a\"}}")]
    [InlineData("{\"textDocument\":{\"uri\":5},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}}}")]
    [InlineData("{\"textDocument\":{\"uri\":\"file:///a\"},\"range\":{\"start\":{\"line\":\"0\",\"character\":0},\"end\":{\"line\":0,\"character\":0}}}")]
    [InlineData("{\"textDocument\":null,\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}}}")]
    public void Requests_with_params_of_the_wrong_shape_are_invalid_params(string parameters)
    {
        var json = $"{{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/codeAction\",\"params\":{parameters}}}";
        Assert.Equal(ErrorCodes.InvalidParams, Code(Assert.Single(Send(Started(), json))));
    }

    [Fact]
    public void A_request_on_a_document_that_is_not_open_is_invalid_params() =>
        Assert.Equal(ErrorCodes.InvalidParams, Code(Assert.Single(Send(Started(), Request(4, "textDocument/formatting", new { textDocument = Doc, options = new { tabSize = 2, insertSpaces = true } })))));

    [Fact]
    public void A_notification_with_bad_params_is_logged_not_answered()
    {
        var messages = Send(Started(), "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":1}}}");
        Assert.Equal(1, Single(messages, "window/logMessage").GetProperty("params").GetProperty("type").GetInt32());
    }

    [Fact]
    public void A_request_id_that_is_not_a_number_or_string_is_an_invalid_request()
    {
        var response = Assert.Single(Send(Started(), "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}"));
        Assert.Equal(ErrorCodes.InvalidRequest, Code(response));
    }

    [Fact]
    public void String_ids_are_echoed()
    {
        var response = Assert.Single(Send(Started(), "{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"nope\"}"));
        Assert.Equal("abc", response.GetProperty("id").GetString());
    }

    [Fact]
    public void Shutdown_answers_null_then_requests_are_invalid_and_exit_is_0()
    {
        var dispatcher = Started();
        var response = Assert.Single(Send(dispatcher, Request(9, "shutdown")));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("result").ValueKind);
        Assert.False(response.TryGetProperty("error", out _));
        Assert.Equal(ErrorCodes.InvalidRequest, Code(Assert.Single(Send(dispatcher, Request(10, "textDocument/formatting", new { textDocument = Doc })))));
        Assert.Empty(Send(dispatcher, Notification("textDocument/didOpen", Open("channel x\n"))));
        Assert.Equal(0, Handle(dispatcher, Notification("exit")).ExitCode);
    }

    [Fact]
    public void Exit_without_shutdown_is_1_even_before_initialize()
    {
        Assert.Equal(1, Handle(Started(), Notification("exit")).ExitCode);
        Assert.Equal(1, Handle(new Dispatcher(Options), Notification("exit")).ExitCode);
    }

    [Fact]
    public void Set_trace_turns_on_log_trace_before_each_answer()
    {
        var dispatcher = Started();
        Assert.Empty(Send(dispatcher, Notification("$/setTrace", new { value = "messages" })));
        Assert.Equal("messages", dispatcher.Trace);
        var messages = Send(dispatcher, Request(3, "nope"));
        Assert.Equal(2, messages.Count);
        Assert.Equal("$/logTrace", messages[0].GetProperty("method").GetString());
        Assert.Contains("'nope - (3)'", messages[0].GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
        Send(dispatcher, Notification("$/setTrace", new { value = "off" }));
        Assert.Single(Send(dispatcher, Request(4, "nope")));
    }

    [Fact]
    public void A_cancelled_request_is_answered_request_cancelled()
    {
        var response = Lsp.Parse(Dispatcher.Cancelled(JsonDocument.Parse("12").RootElement));
        Assert.Equal(12, response.GetProperty("id").GetInt32());
        Assert.Equal(ErrorCodes.RequestCancelled, Code(response));
    }
}
