using System.Text;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Tests.LanguageServer;

public class FramingTests
{
    private static async Task<List<string>> ReadAll(string wire)
    {
        var reader = new MessageReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));
        var bodies = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None) is { } body)
        {
            bodies.Add(Encoding.UTF8.GetString(body));
        }

        return bodies;
    }

    [Fact]
    public async Task Reads_messages_one_after_the_other_with_utf8_lengths()
    {
        var bodies = await ReadAll("Content-Length: 8\r\n\r\n{\"é\":1}Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}");
        Assert.Equal(["{\"é\":1}", "{}"], bodies);
    }

    [Fact]
    public async Task Tolerates_lf_only_headers_and_any_header_case() =>
        Assert.Equal(["{}"], await ReadAll("content-length:2\n\n{}"));

    [Theory]
    [InlineData("Content-Type: x\r\n\r\n")]
    [InlineData("Content-Length: two\r\n\r\n")]
    [InlineData("Content-Length: -1\r\n\r\n")]
    [InlineData("garbage without colon\r\n\r\n")]
    [InlineData("Content-Length: 99999999999999\r\n\r\n")]
    public async Task A_header_block_without_a_valid_length_is_skipped(string bad) =>
        Assert.Equal(["{}"], await ReadAll(bad + "Content-Length: 2\r\n\r\n{}"));

    [Theory]
    [InlineData("")]
    [InlineData("Content-Length: 10\r\n\r\n{}")]
    [InlineData("Content-Length: 10\r\n")]
    [InlineData("\r\n\r\n")]
    public async Task The_end_of_the_input_ends_reading_without_an_exception(string wire) =>
        Assert.Empty(await ReadAll(wire));

    [Fact]
    public async Task Writes_a_header_with_the_length_in_bytes()
    {
        using var output = new MemoryStream();
        using var writer = new MessageWriter(output);
        await writer.WriteAsync(new OutgoingMessage(Encoding.UTF8.GetBytes("\"🎷\"")), CancellationToken.None);
        Assert.Equal("Content-Length: 6\r\n\r\n\"🎷\"", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Theory]
    [InlineData("{not json", ErrorCodes.ParseError)]
    [InlineData("\"\\u", ErrorCodes.ParseError)]
    [InlineData("[1, 2]", ErrorCodes.InvalidRequest)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}", ErrorCodes.InvalidRequest)]
    public void A_body_that_is_not_a_message_gets_an_error_with_a_null_id(string body, int code)
    {
        var received = LspServer.Parse(Encoding.UTF8.GetBytes(body));
        Assert.Null(received.Message);
        Assert.NotNull(received.Error);
        var error = Lsp.Parse(received.Error);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(code, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("2.0", error.GetProperty("jsonrpc").GetString());
    }

    [Fact]
    public void Invalid_utf8_is_a_parse_error()
    {
        var received = LspServer.Parse([(byte)'"', 0xFF, (byte)'"']);
        Assert.Equal(ErrorCodes.ParseError, Lsp.Parse(received.Error!).GetProperty("error").GetProperty("code").GetInt32());
    }
}
