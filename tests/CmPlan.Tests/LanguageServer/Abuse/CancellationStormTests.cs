using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Protocol;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>
/// Hundreds of requests in flight with <c>$/cancelRequest</c> for most of them and for ids that
/// never existed: every request is answered once, with its result or RequestCancelled. Not
/// necessarily in order: requests that only read a document are answered off the message loop,
/// as LSP 3.17 allows ("as long as reordering doesn't affect the correctness of the responses").
/// </summary>
public class CancellationStormTests
{
    private const int Requests = 400;

    private static readonly string[] Methods =
    [
        "textDocument/hover", "textDocument/codeAction", "textDocument/formatting", "textDocument/documentSymbol",
        "textDocument/semanticTokens/full", "textDocument/completion", "cmplan/schedule", "textDocument/inlayHint",
    ];

    private static object Params { get; } = new
    {
        textDocument = Doc,
        position = new { line = 8, character = 4 },
        range = Range(0, 0, 20, 0),
        context = new { diagnostics = Array.Empty<object>() },
        options = new { tabSize = 2, insertSpaces = true },
    };

    [Fact]
    public async Task Every_request_is_answered_once_with_a_result_or_request_cancelled()
    {
        using var client = new LspClient();
        await client.InitializeAsync();
        await client.SendAsync(Notification("textDocument/didOpen", Open(FeaturePlan.Text)));

        // One write: requests, each followed by cancels for it (most of them), an earlier one, and ids never sent.
        var wire = new List<byte>();
        var ids = Enumerable.Range(100, Requests).ToList();
        var cancelled = ids.Where(id => id % 4 != 0).SelectMany(id => new[] { id, id - 50 }).ToHashSet();
        foreach (var id in ids)
        {
            wire.AddRange(Frame(Request(id, Methods[id % Methods.Length], Params)));
            if (id % 4 != 0)
            {
                wire.AddRange(Frame(Notification("$/cancelRequest", new { id })));
                wire.AddRange(Frame(Notification("$/cancelRequest", new { id = id - 50 })));
            }

            wire.AddRange(Frame(Notification("$/cancelRequest", new { id = -id })));
            wire.AddRange(Frame(Notification("$/cancelRequest", new { id = $"ghost-{id}" })));
        }

        wire.AddRange(Frame(Request(2, "shutdown")));
        await client.SendRawAsync([.. wire]);

        var answered = new List<int>();
        while (true)
        {
            var message = await client.ReceiveAsync();
            if (message.TryGetProperty("method", out _))
            {
                continue;
            }

            var id = message.GetProperty("id").GetInt32();
            if (id == 2)
            {
                Assert.Equal(JsonValueKind.Null, message.GetProperty("result").ValueKind);
                break;
            }

            answered.Add(id);
            if (message.TryGetProperty("error", out var error))
            {
                Assert.Equal(ErrorCodes.RequestCancelled, error.GetProperty("code").GetInt32());
                Assert.Contains(id, cancelled);
            }
            else
            {
                Assert.True(message.TryGetProperty("result", out _), message.GetRawText());
            }
        }

        Assert.Equal(ids, answered.Order());
        await client.SendAsync(Notification("exit"));
        Assert.Equal(0, await client.ExitCodeAsync());
    }
}
