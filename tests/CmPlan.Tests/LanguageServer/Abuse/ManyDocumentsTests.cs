using System.Text.Json;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer.Abuse;

/// <summary>Two hundred documents open at once: each has its own diagnostics, answers, and a clean close.</summary>
public class ManyDocumentsTests
{
    private const int Count = 200;

    private static string Uri(int i) => $"file:///plans/many/{i:D3}.cmplan";

    /// <summary>
    /// Document i repeats without end when i is odd (unbounded-repost on line 5); when i is a
    /// multiple of 7 its channel has an invalid id (line 0), so <c>on x</c> names nothing (line 3).
    /// </summary>
    private static string Text(int i) =>
        $"channel {(i % 7 == 0 ? "bad id" : "x")}\n\npost p{i}\n  on x\n  at 2027-03-10 12:30\n  repeat every 7d{(i % 2 == 0 ? " times 2" : "")}\n  text \"Document {i}\"\n";

    private static List<(string Code, int Line)> Expected(int i) =>
        [.. new[] { (i % 7 == 0, ("invalid-value", 0)), (i % 7 == 0, ("unknown-reference", 3)), (i % 2 == 1, ("unbounded-repost", 5)) }.Where(e => e.Item1).Select(e => e.Item2)];

    private static List<(string Code, int Line)> Diagnostics(JsonElement published) =>
        [.. published.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()))
            .Order()];

    [Fact]
    public void Each_open_document_gets_its_own_diagnostics_and_closing_clears_them()
    {
        var dispatcher = Started();
        for (var i = 0; i < Count; i++)
        {
            var published = Single(Send(dispatcher, Notification("textDocument/didOpen", new { textDocument = new { uri = Uri(i), languageId = "cmplan", version = i, text = Text(i) } })), "textDocument/publishDiagnostics").GetProperty("params");
            Assert.Equal(Uri(i), published.GetProperty("uri").GetString());
            Assert.Equal(i, published.GetProperty("version").GetInt32());
            Assert.Equal(Expected(i).Order(), Diagnostics(published));
        }

        Assert.Equal(Count, dispatcher.Documents.Count);

        // A new clock analyses every document again, each published under its own uri.
        var again = Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { now = "2027-02-01" } } }))
            .Where(m => m.GetProperty("method").GetString() == "textDocument/publishDiagnostics")
            .Select(m => m.GetProperty("params"))
            .ToDictionary(p => p.GetProperty("uri").GetString()!);
        Assert.Equal(Count, again.Count);
        Assert.All(Enumerable.Range(0, Count), i => Assert.Equal(Expected(i).Order(), Diagnostics(again[Uri(i)])));

        // Requests name their document among the many.
        var schedule = Assert.Single(Send(dispatcher, Request(5, "cmplan/schedule", new { textDocument = new { uri = Uri(150) } }))).GetProperty("result").GetProperty("publications");
        Assert.Equal(3, schedule.GetArrayLength()); // the post and its two reposts

        for (var i = 0; i < Count; i++)
        {
            var cleared = Single(Send(dispatcher, Notification("textDocument/didClose", new { textDocument = new { uri = Uri(i) } })), "textDocument/publishDiagnostics").GetProperty("params");
            Assert.Equal(Uri(i), cleared.GetProperty("uri").GetString());
            Assert.Empty(cleared.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal(Count - i - 1, dispatcher.Documents.Count);
        }
    }
}
