using System.Text;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Tests.LanguageServer;

public class FramingTests
{
    private static async Task<List<string>> ReadAll(string wire, int chunk = int.MaxValue)
    {
        var reader = new MessageReader(new Trickle(Encoding.UTF8.GetBytes(wire), chunk));
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

    /// <summary>The reader reads ahead in chunks: however the input comes in (a byte at a time, or many messages at once), the same messages.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(int.MaxValue)]
    public async Task Reads_the_same_messages_however_the_input_is_cut(int chunk)
    {
        var big = "{\"t\":\"" + new string('é', 70_000) + "\"}";
        const string headerLike = "Content-Length: 2\r\n\r\n[]"; // a body is never read as headers
        var wire = $"Content-Length: 2\r\n\r\n{{}}\r\n\r\ncontent-length:8\n\n{{\"é\":1}}Content-Length: {Encoding.UTF8.GetByteCount(big)}\r\n\r\n{big}"
            + $"Content-Length: {headerLike.Length}\r\n\r\n{headerLike}"
            + new string('x', 20_000) + "}Content-Length: 2\r\n\r\n[]Content-Length: 2\r\n\r\n{}";
        Assert.Equal(["{}", "{\"é\":1}", big, headerLike, "[]", "{}"], await ReadAll(wire, chunk));
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

    /// <summary>A stream that gives at most <paramref name="chunk"/> bytes a read, as a pipe may.</summary>
    private sealed class Trickle(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
