using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// Messages are serialized into pooled memory and each buffer goes back exactly once, never while
/// it can still be read: after it was written, when its write failed or was cancelled, when its
/// serialization threw, and when its answer was dropped (stale, cancelled, or a second answer).
/// The server is given a <see cref="CountingPool"/>, which overwrites what it gets back.
/// </summary>
public class PooledMessageTests
{
    private const int Posts = 150;

    private readonly CountingPool pool = new();

    private ServerOptions Counted => Options with { Pool = pool };

    private static string Plan { get; } = LongPlan.Text(Posts);

    private static string Edit(int version, int line, string text) =>
        Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version }, contentChanges = new[] { new { range = Range(line, 9, line, 9), text } } });

    [Fact]
    public async Task Edits_and_requests_sent_without_waiting_give_every_buffer_back_once_and_each_request_one_answer()
    {
        using var client = new LspClient(Counted);
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open(Plan)));
        string[] methods = ["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/codeAction", "textDocument/hover", "textDocument/inlayHint"];
        var wire = new List<byte>();
        var requests = new List<int>();
        var id = 100;
        var lines = LongPlan.TextLines(Plan);
        for (var n = 0; n < 60; n++)
        {
            var line = lines[n * 7 % lines.Count];
            wire.AddRange(Frame(Edit(n + 2, line, n % 3 == 0 ? "é" : "🎉")));
            foreach (var method in methods.Skip(n % 3).Take(2))
            {
                requests.Add(id);
                wire.AddRange(Frame(Request(id, method, new { textDocument = Doc, position = new { line, character = 4 }, range = Range(line, 0, line + 20, 0), context = new { diagnostics = Array.Empty<object>() } })));
                if (n % 4 == 1)
                {
                    wire.AddRange(Frame(Notification("$/cancelRequest", new { id })));
                }

                id++;
            }
        }

        wire.AddRange(Frame(Request(98, "textDocument/documentSymbol", new { textDocument = Doc })));
        wire.AddRange(Frame(Request(99, "shutdown")));
        await client.SendRawAsync([.. wire]);

        // Parsing fails on a buffer given back before it was written ('#').
        var answers = await client.AnswersUntilAsync(99);

        Assert.Equal([98, 99, .. requests], answers.Keys.Order());
        Assert.Equal(Posts, answers[98].GetProperty("result").GetArrayLength() - 2);
        await client.SendAsync(Notification("exit"));
        Assert.Equal(0, await client.ExitCodeAsync());
        // Most requests went stale unstarted; each one answered with a result had its own buffer.
        pool.AssertAllReturnedOnce(rented: answers.Values.Count(a => a.TryGetProperty("result", out _)));
    }

    [Fact]
    public async Task An_answer_whose_write_fails_is_given_back_and_the_server_answers_the_next_request()
    {
        var output = (FailingOutput?)null;
        using var client = new LspClient(Counted, s => output = new FailingOutput(s));
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open(Plan)));
        while (!(await client.ReceiveAsync()).GetProperty("method").ValueEquals("textDocument/publishDiagnostics"))
        {
        }

        // The outline is answered off the loop: its write fails, and only that answer is lost.
        output!.FailNextWrite();
        await client.SendAsync(Request(5, "textDocument/documentSymbol", new { textDocument = Doc }));
        await output.Failed.WaitAsync(TimeSpan.FromSeconds(20));
        await client.SendAsync(Request(6, "textDocument/documentSymbol", new { textDocument = Doc }));
        var (answer, before) = await client.ResponseAsync(6);
        Assert.Empty(before);
        Assert.Equal(Posts + 2, answer.GetProperty("result").GetArrayLength());

        await client.SendAsync(Request(7, "shutdown"));
        await client.ResponseAsync(7);
        await client.SendAsync(Notification("exit"));
        Assert.Equal(0, await client.ExitCodeAsync());
        pool.AssertAllReturnedOnce(rented: 3);
    }

    [Fact]
    public async Task A_write_that_fails_on_the_loop_ends_the_run_as_before_with_every_buffer_given_back()
    {
        var output = (FailingOutput?)null;
        using var client = new LspClient(Counted, s => output = new FailingOutput(s));
        await client.InitializeAsync();
        output!.FailNextWrite();
        await client.SendAsync(Notification("textDocument/didOpen", Open(Plan)));
        await Assert.ThrowsAsync<IOException>(() => client.ExitCodeAsync());
        pool.AssertAllReturnedOnce(rented: 2);
    }

    [Fact]
    public async Task A_write_cancelled_or_failed_gives_the_message_back()
    {
        using var counted = MessagePool.Use(pool);
        using (var output = new FailingOutput(new MemoryStream()))
        using (var writer = new MessageWriter(output))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(Rpc.Empty(JsonDocument.Parse("1").RootElement), new CancellationToken(canceled: true)));
            output.FailNextWrite();
            await Assert.ThrowsAsync<IOException>(() => writer.WriteAsync(Rpc.Empty(JsonDocument.Parse("2").RootElement), CancellationToken.None));
            await writer.WriteAsync(Rpc.Empty(JsonDocument.Parse("3").RootElement), CancellationToken.None);
            var text = $"été 🎷 {new string('a', 200_000)}";
            await writer.WriteAsync(Rpc.Respond(JsonDocument.Parse("4").RootElement, text, LspJsonContext.Default.String), CancellationToken.None);
            var body = $"{{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":\"\\u00E9t\\u00E9 \\uD83C\\uDFB7 {new string('a', 200_000)}\"}}";
            Assert.Equal(
                $"Content-Length: 38\r\n\r\n{{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":null}}Content-Length: {body.Length}\r\n\r\n{body}",
                Encoding.UTF8.GetString(output.Written));
        }

        pool.AssertAllReturnedOnce(rented: 5);
    }

    [Fact]
    public void A_response_whose_writing_throws_gives_its_buffer_back_and_one_released_twice_once()
    {
        using var counted = MessagePool.Use(pool);
        var id = JsonDocument.Parse("\"a\"").RootElement;
        Assert.Throws<OperationCanceledException>(() => Rpc.Respond(
            id,
            writer =>
            {
                writer.WriteStartArray();
                for (var i = 0; i < 10_000; i++)
                {
                    writer.WriteStringValue($"élément {i} 🎷");
                }

                throw new OperationCanceledException();
            },
            capacity: 64));

        // Written over two segments, each given back once; released twice, given back once.
        var large = Rpc.Respond(id, writer => writer.WriteStringValue(new string('a', 100_000)), capacity: 64);
        Assert.Equal(100_038, large.Length);
        Assert.Equal(100_000, Parse(large).GetProperty("result").GetString()!.Length);
        large.Dispose();
        large.Dispose();
        Assert.Throws<ObjectDisposedException>(() => large.ToArray());
        pool.AssertAllReturnedOnce(rented: 5);
    }

    /// <summary>An output whose next write, once armed, fails with an I/O error and writes nothing.</summary>
    private sealed class FailingOutput(Stream inner) : Stream
    {
        private readonly TaskCompletionSource failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int armed;

        public Task Failed => failed.Task;

        public byte[] Written => inner is MemoryStream memory ? memory.ToArray() : [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void FailNextWrite() => Volatile.Write(ref armed, 1);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref armed, 0) == 1)
            {
                failed.TrySetResult();
                throw new IOException("the pipe broke");
            }

            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
