using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// What an editor asks after each keystroke and only reads its document is answered off the
/// message loop: from the version the request was read at (taken, and analysed, on the loop),
/// not run when cancelled first, each request answered once, and <c>shutdown</c> after them all.
/// </summary>
public class OffLoopRequestTests
{
    private static readonly string[] ReadOnlyRound =
    [
        "textDocument/hover", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full",
        "textDocument/semanticTokens/range", "textDocument/inlayHint", "textDocument/documentHighlight",
    ];

    private static object RoundParams { get; } = new
    {
        textDocument = Doc,
        position = new { line = 8, character = 6 },
        range = Range(0, 0, 14, 0),
        context = new { diagnostics = Array.Empty<object>() },
    };

    /// <summary>The post's id "été" renamed "étés", then a comment line above it: every request of the round answers differently.</summary>
    private static object Rename(int version) => new
    {
        textDocument = new { uri = DocUri, version },
        contentChanges = new[] { new { range = Range(7, 8, 7, 8), text = "s" }, new { range = Range(7, 0, 7, 0), text = "# à revoir 🎷\n" } },
    };

    private static DispatchResult Handle(Dispatcher dispatcher, string json) =>
        dispatcher.Handle(LspServer.Parse(Encoding.UTF8.GetBytes(json)).Message!);

    private static string Result(OutgoingMessage answer)
    {
        using (answer)
        {
            return Parse(answer).GetProperty("result").GetRawText();
        }
    }

    [Fact]
    public void A_read_only_request_is_answered_off_the_loop_from_the_version_it_was_read_at()
    {
        var dispatcher = Started(text: FeaturePlan.Text);
        var id = 10;
        var started = ReadOnlyRound.Select(method => (Method: method, Result: Handle(dispatcher, Request(id++, method, RoundParams)))).ToList();
        foreach (var (method, result) in started)
        {
            Assert.Null(result.Answer);
            Assert.NotNull(result.Later);
        }

        // The next version is applied and analysed on the loop before the earlier work runs.
        Single(Send(dispatcher, Notification("textDocument/didChange", Rename(2))), "textDocument/publishDiagnostics");
        var before = Started(text: FeaturePlan.Text);
        var after = Started(text: FeaturePlan.Text);
        Send(after, Notification("textDocument/didChange", Rename(2)));
        foreach (var (method, result) in started)
        {
            var answer = Result(result.Later!(CancellationToken.None));
            var fresh = Assert.Single(Send(before, Request(99, method, RoundParams))).GetProperty("result");
            Assert.Equal(fresh.GetRawText(), answer);
            var newer = Assert.Single(Send(after, Request(99, method, RoundParams))).GetProperty("result");
            Assert.NotEqual(newer.GetRawText(), answer);
        }
    }

    [Fact]
    public void Work_cancelled_before_it_starts_does_not_run()
    {
        var dispatcher = Started(text: FeaturePlan.Text);
        var id = 10;
        foreach (var method in ReadOnlyRound.Append("textDocument/semanticTokens/full/delta"))
        {
            var result = Handle(dispatcher, Request(id++, method, new { textDocument = Doc, previousResultId = "1", position = new { line = 8, character = 4 }, range = Range(0, 0, 14, 0) }));
            Assert.Throws<OperationCanceledException>(() => result.Later!(new CancellationToken(canceled: true)));
        }
    }

    [Fact]
    public async Task A_round_sent_at_once_after_a_keystroke_is_answered_once_each_with_the_new_version_before_shutdown()
    {
        using var client = new LspClient();
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open(FeaturePlan.Text)));

        var wire = new List<byte>();
        wire.AddRange(Frame(Notification("textDocument/didChange", Rename(2))));
        var methods = new Dictionary<int, string>();
        var id = 100;
        foreach (var method in ReadOnlyRound.Prepend("textDocument/codeAction"))
        {
            methods[id] = method;
            wire.AddRange(Frame(Request(id++, method, RoundParams)));
        }

        wire.AddRange(Frame(Request(2, "shutdown")));
        await client.SendRawAsync([.. wire]);

        var expected = Started(text: FeaturePlan.Text);
        Send(expected, Notification("textDocument/didChange", Rename(2)));
        var answers = await client.AnswersUntilAsync(2);
        Assert.Equal([2, .. methods.Keys.Order()], answers.Keys.Order());
        foreach (var (request, method) in methods)
        {
            var fresh = Assert.Single(Send(expected, Request(request, method, RoundParams)));
            Assert.Equal(fresh.GetProperty("result").GetRawText(), answers[request].GetProperty("result").GetRawText());
        }

        await client.SendAsync(Notification("exit"));
        Assert.Equal(0, await client.ExitCodeAsync());
    }
}
