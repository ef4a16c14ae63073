using System.Text;
using CmPlan.LanguageServer.Protocol;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>The whole server over pipes: framing, order, errors and exit codes as a client sees them.</summary>
public class WireTests
{
    [Fact]
    public async Task A_session_from_initialize_to_exit_ends_with_0()
    {
        using var client = new LspClient();
        await client.SendAsync(Request(1, "initialize", InitializeParams(true)));
        var (initialized, _) = await client.ResponseAsync(1);
        Assert.Equal("utf-8", initialized.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        await client.SendAsync(Notification("initialized"));
        await client.SendAsync(Notification("textDocument/didOpen", Open("plan \"Café 🎷\"\n  timezone Europe/Paris\n")));
        await client.SendAsync(Request(2, "shutdown"));
        var (_, before) = await client.ResponseAsync(2);
        Assert.Contains(before, m => m.GetProperty("method").GetString() == "textDocument/publishDiagnostics");
        await client.SendAsync(Notification("exit"));
        Assert.Equal(0, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        using var client = new LspClient();
        await client.SendAsync(Request(1, "initialize", InitializeParams(false)));
        await client.ResponseAsync(1);
        await client.SendAsync(Notification("exit"));
        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task The_input_ending_without_exit_ends_with_1()
    {
        using var client = new LspClient();
        await client.CloseInputAsync();
        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task Malformed_headers_and_bodies_are_answered_or_skipped_and_the_server_goes_on()
    {
        using var client = new LspClient();
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Lenght: 5\r\n\r\nX-Garbage\r\n\r\n"));
        await client.SendAsync("{oops");
        var parseError = await client.ReceiveAsync();
        Assert.Equal(ErrorCodes.ParseError, parseError.GetProperty("error").GetProperty("code").GetInt32());
        await client.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}");
        var invalid = await client.ReceiveAsync();
        Assert.Equal(ErrorCodes.InvalidRequest, invalid.GetProperty("error").GetProperty("code").GetInt32());
        await client.SendAsync(Request(2, "textDocument/hover"));
        var (notInitialized, _) = await client.ResponseAsync(2);
        Assert.Equal(ErrorCodes.ServerNotInitialized, notInitialized.GetProperty("error").GetProperty("code").GetInt32());
        await client.SendAsync(Notification("exit"));
        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task Requests_are_answered_in_order_and_a_cancel_for_a_finished_request_is_ignored()
    {
        using var client = new LspClient();
        await client.SendAsync(Request(1, "initialize", InitializeParams(false)));
        await client.ResponseAsync(1);
        for (var id = 2; id < 12; id++)
        {
            await client.SendAsync(Request(id, "nope"));
        }

        await client.SendAsync(Notification("$/cancelRequest", new { id = 1 }));
        for (var id = 2; id < 12; id++)
        {
            var message = await client.ReceiveAsync();
            Assert.Equal(id, message.GetProperty("id").GetInt32());
        }

        await client.SendAsync(Request(12, "shutdown"));
        var (shutdown, _) = await client.ResponseAsync(12);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        await client.SendAsync(Notification("exit"));
        Assert.Equal(0, await client.ExitCodeAsync());
    }

    [Fact]
    public void Cmplan_lsp_serves_stdin_and_stdout()
    {
        var wire = new StringBuilder();
        foreach (var json in new[] { Request(1, "initialize", InitializeParams(false)), Request(2, "shutdown"), Notification("exit") })
        {
            wire.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}");
        }

        var run = Cli.Cmd.RunWithInput(Path.GetTempPath(), wire.ToString(), "lsp");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Content-Length: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"serverInfo\":{\"name\":\"cmplan\"", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }
}
