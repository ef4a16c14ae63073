using System.Text;
using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using NodaTime;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>
/// A real <c>cmplan lsp</c> process typed at faster than it can analyse: 500 edits sent without
/// waiting for anything, requests and cancels between them. Every request gets exactly one answer
/// (its result, ContentModified when a later edit made it stale, or RequestCancelled when
/// cancelled); the last diagnostics and the last outline are those of a fresh analysis of the final
/// text, so no edit was lost.
/// </summary>
public class TypingWithoutWaitingTests
{
    private const int Edits = 500;
    private const int Posts = 120;

    private static readonly string[] Methods =
    [
        "textDocument/codeAction", "textDocument/hover", "textDocument/documentSymbol", "textDocument/semanticTokens/full",
        "textDocument/inlayHint", "textDocument/foldingRange", "textDocument/documentHighlight", "textDocument/completion",
    ];

    private static readonly string[] Typed = ["é", "a", "🎉", " ", "#", "ç"];

    private static string Plan => "plan \"Rentrée 🎒\"\n  timezone Europe/Paris\n  start 2027-09-01\n  end 2027-09-30\n\nchannel mastodon\n\n"
        + string.Join("\n", Enumerable.Range(0, Posts).Select(i => $"post p{i}\n  on mastodon\n  at 2027-09-{1 + (i % 28):00} {8 + (i % 12):00}:{i % 60:00}\n  text \"Cartable n°{i} #rentrée\"\n"));

    [Fact]
    public async Task Five_hundred_edits_sent_without_waiting_lose_nothing_and_every_request_is_answered_once()
    {
        using var server = new ServerProcess();
        await server.InitializeAsync();
        await server.SendAsync(Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { now = "2027-01-01T00:00Z" } } }));
        var text = Plan;
        await server.SendAsync(Notification("textDocument/didOpen", Open(text)));

        // Everything at once: edits at seeded places in the posts' texts, requests and cancels between them.
        var random = new Random(14);
        var wire = new List<byte>();
        var requests = new Dictionary<int, string>();
        var cancelled = new HashSet<int>();
        var lines = text.Split('\n').ToList();
        var textLines = LongPlan.TextLines(text);
        var id = 100;
        for (var n = 0; n < Edits; n++)
        {
            var line = textLines[random.Next(textLines.Count)];
            var typed = Typed[random.Next(Typed.Length)];
            lines[line] = lines[line].Insert(8, typed);
            var change = new { range = Range(line, 8, line, 8), text = typed };
            wire.AddRange(Frame(Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = n + 2 }, contentChanges = new[] { change } })));
            for (var r = random.Next(3); r > 0; r--)
            {
                var method = Methods[random.Next(Methods.Length)];
                requests[id] = method;
                wire.AddRange(Frame(Request(id, method, new
                {
                    textDocument = Doc,
                    position = new { line, character = 9 },
                    range = Range(Math.Max(0, line - 30), 0, line + 30, 0),
                    context = new { diagnostics = Array.Empty<object>() },
                })));
                if (random.Next(5) == 0)
                {
                    cancelled.Add(id);
                    wire.AddRange(Frame(Notification("$/cancelRequest", new { id })));
                }

                id++;
            }
        }

        const int Outline = 98;
        const int Shutdown = 99;
        wire.AddRange(Frame(Request(Outline, "textDocument/documentSymbol", new { textDocument = Doc })));
        wire.AddRange(Frame(Request(Shutdown, "shutdown")));
        var sending = server.SendRawAsync([.. wire]);

        var answers = new Dictionary<int, List<JsonElement>>();
        JsonElement? lastDiagnostics = null;
        JsonElement? outline = null;
        while (true)
        {
            var message = await server.ReceiveAsync();
            if (message.TryGetProperty("method", out var method))
            {
                if (method.GetString() == "textDocument/publishDiagnostics")
                {
                    lastDiagnostics = message.GetProperty("params");
                }

                continue;
            }

            var answered = message.GetProperty("id").GetInt32();
            if (answered == Shutdown)
            {
                break;
            }

            if (answered == Outline)
            {
                outline = message.GetProperty("result");
                continue;
            }

            answers.TryAdd(answered, []);
            answers[answered].Add(message);
        }

        await sending;
        Assert.Equal(requests.Keys.Order(), answers.Keys.Order());
        foreach (var (request, replies) in answers)
        {
            var reply = Assert.Single(replies);
            if (reply.TryGetProperty("error", out var error))
            {
                var code = error.GetProperty("code").GetInt32();
                Assert.True(code == ErrorCodes.ContentModified || (code == ErrorCodes.RequestCancelled && cancelled.Contains(request)), $"{requests[request]}: {reply.GetRawText()}");
            }
            else
            {
                Assert.True(reply.TryGetProperty("result", out _), reply.GetRawText());
            }
        }

        var final = string.Join("\n", lines);
        var options = new AnalysisOptions(PlanClock.At(Instant.FromUtc(2027, 1, 1, 0, 0)), ConfigFile.Empty);
        var fresh = OpenDocument.Create(DocUri, Edits + 1, final, options);
        Assert.NotNull(lastDiagnostics);
        Assert.Equal(Edits + 1, lastDiagnostics.Value.GetProperty("version").GetInt32());
        var expected = DiagnosticConverter.Publish(fresh, PositionEncoding.Utf16);
        Assert.Equal(
            JsonSerializer.Serialize(expected.Diagnostics, LspJsonContext.Default.ImmutableArrayDiagnosticDto),
            lastDiagnostics.Value.GetProperty("diagnostics").GetRawText());
        Assert.NotNull(outline);
        Assert.Equal(
            JsonSerializer.Serialize(EditorFeatures.Symbols(fresh, PositionEncoding.Utf16), LspJsonContext.Default.ImmutableArrayDocumentSymbolDto),
            outline.Value.GetRawText());
        Assert.Equal("", server.Errors);
    }
}
