using System.Text;
using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.LanguageServer.Server;
using NodaTime;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// What an editor asks after each keystroke costs no analysis; changes are applied as they come
/// and analysed once, for the latest text; the diagnostics an editor caps never hide the serious ones.
/// </summary>
public class KeystrokePathTests
{
    private static readonly string[] EditorRound =
    [
        "textDocument/codeAction", "textDocument/hover", "textDocument/documentSymbol", "textDocument/foldingRange",
        "textDocument/semanticTokens/full", "textDocument/semanticTokens/range", "textDocument/inlayHint",
        "textDocument/documentHighlight", "textDocument/completion", "textDocument/definition",
    ];

    private static object RoundParams { get; } = new
    {
        textDocument = Doc,
        position = new { line = 8, character = 7 },
        range = Range(7, 0, 13, 0),
        context = new { diagnostics = Array.Empty<object>() },
    };

    private static object Keystroke(int version, int character, string text) => new
    {
        textDocument = new { uri = DocUri, version },
        contentChanges = new[] { new { range = Range(12, character, 12, character), text } },
    };

    private static DispatchResult Handle(Dispatcher dispatcher, string json, bool more) =>
        dispatcher.Handle(LspServer.Parse(Encoding.UTF8.GetBytes(json)).Message!, more);

    private static List<string?> Methods(DispatchResult result) =>
        [.. result.Messages.Select(m => Parse(m).TryGetProperty("method", out var method) ? method.GetString() : null)];

    [Fact]
    public void After_a_keystroke_no_request_of_the_editor_round_analyses_anything()
    {
        var dispatcher = Started(text: FeaturePlan.Text);
        var before = PlanAnalyzer.AnalysesOnThisThread;
        Send(dispatcher, Notification("textDocument/didChange", Keystroke(2, 10, "!")));
        Assert.Equal(before + 1, PlanAnalyzer.AnalysesOnThisThread);

        var id = 10;
        foreach (var method in EditorRound)
        {
            var analysed = PlanAnalyzer.AnalysesOnThisThread;
            var answer = Assert.Single(Send(dispatcher, Request(id++, method, RoundParams)));
            Assert.True(answer.TryGetProperty("result", out _), $"{method}: {answer.GetRawText()}");
            if (method == "textDocument/codeAction")
            {
                // The fixes under the cursor are checked (contract §5), each once per version by an
                // incremental analysis: a second light bulb on the same version costs nothing.
                Assert.InRange(PlanAnalyzer.AnalysesOnThisThread - analysed, 0, 4);
                analysed = PlanAnalyzer.AnalysesOnThisThread;
                Assert.Equal(answer.GetRawText().Replace("\"id\":10", "\"id\":99", StringComparison.Ordinal), Assert.Single(Send(dispatcher, Request(99, method, RoundParams))).GetRawText());
            }

            Assert.Equal(analysed, PlanAnalyzer.AnalysesOnThisThread);
        }

        var full = Assert.Single(Send(dispatcher, Request(id++, "textDocument/semanticTokens/full", new { textDocument = Doc }))).GetProperty("result");
        Send(dispatcher, Notification("textDocument/didChange", Keystroke(3, 10, "?")));
        var afterEdit = PlanAnalyzer.AnalysesOnThisThread;
        var delta = Assert.Single(Send(dispatcher, Request(id, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = full.GetProperty("resultId").GetString() })));
        Assert.Equal(afterEdit, PlanAnalyzer.AnalysesOnThisThread);
        Assert.True(delta.GetProperty("result").TryGetProperty("edits", out _), delta.GetRawText());
    }

    [Fact]
    public void A_semantic_tokens_delta_applied_to_the_previous_answer_is_the_whole_answer_of_the_new_text()
    {
        var dispatcher = Started(text: FeaturePlan.Text);
        var before = Assert.Single(Send(dispatcher, Request(2, "textDocument/semanticTokens/full", new { textDocument = Doc }))).GetProperty("result");
        Send(dispatcher, Notification("textDocument/didChange", new
        {
            textDocument = new { uri = DocUri, version = 2 },
            contentChanges = new[] { new { range = Range(12, 17, 12, 17), text = " #soirée @ami" } },
        }));
        var delta = Assert.Single(Send(dispatcher, Request(3, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = before.GetProperty("resultId").GetString() }))).GetProperty("result");
        var data = before.GetProperty("data").EnumerateArray().Select(i => i.GetInt32()).ToList();
        foreach (var edit in delta.GetProperty("edits").EnumerateArray().Reverse())
        {
            data.RemoveRange(edit.GetProperty("start").GetInt32(), edit.GetProperty("deleteCount").GetInt32());
            data.InsertRange(edit.GetProperty("start").GetInt32(), edit.GetProperty("data").EnumerateArray().Select(i => i.GetInt32()));
        }

        var after = Assert.Single(Send(dispatcher, Request(4, "textDocument/semanticTokens/full", new { textDocument = Doc }))).GetProperty("result");
        Assert.Equal(after.GetProperty("data").EnumerateArray().Select(i => i.GetInt32()), data);
        Assert.NotEqual(before.GetProperty("data").GetArrayLength(), data.Count);

        var stale = Assert.Single(Send(dispatcher, Request(5, "textDocument/semanticTokens/full/delta", new { textDocument = Doc, previousResultId = "nope" }))).GetProperty("result");
        Assert.Equal(after.GetProperty("data").GetRawText(), stale.GetProperty("data").GetRawText());
    }

    [Fact]
    public void The_light_bulb_offers_fix_all_without_running_the_fixer()
    {
        var dispatcher = Started(text: DocumentTests.Plan);
        var before = PlanAnalyzer.AnalysesOnThisThread;
        var actions = Assert.Single(Send(dispatcher, Request(2, "textDocument/codeAction", new { textDocument = Doc, range = Range(10, 0, 11, 0), context = new { diagnostics = Array.Empty<object>() } })));
        // At most one incremental analysis per quick fix under the cursor, to check it (the fixer runs whole passes).
        var quickFixes = actions.GetProperty("result").EnumerateArray().Count(a => a.GetProperty("kind").GetString() == "quickfix");
        Assert.InRange(PlanAnalyzer.AnalysesOnThisThread - before, 0, quickFixes);
        var fixAll = Assert.Single(actions.GetProperty("result").EnumerateArray(), a => a.GetProperty("kind").GetString() == "source.fixAll.cmplan");
        Assert.False(fixAll.TryGetProperty("edit", out _));
    }

    [Fact]
    public void Queued_keystrokes_are_all_applied_and_analysed_once_when_a_request_needs_them()
    {
        var dispatcher = Started(text: FeaturePlan.Text);
        var before = PlanAnalyzer.AnalysesOnThisThread;
        const int Keystrokes = 300;
        for (var n = 0; n < Keystrokes; n++)
        {
            var published = Methods(Handle(dispatcher, Notification("textDocument/didChange", Keystroke(n + 2, 10 + n, "é")), more: true));
            Assert.Empty(published);
        }

        Assert.Equal(before, PlanAnalyzer.AnalysesOnThisThread);
        var hover = Handle(dispatcher, Request(50, "textDocument/hover", new { textDocument = Doc, position = new { line = 8, character = 6 } }), more: false);
        Assert.Equal(before + 1, PlanAnalyzer.AnalysesOnThisThread);
        Assert.Equal(["textDocument/publishDiagnostics"], Methods(hover));
        Assert.Equal(Keystrokes + 1, Parse(hover.Messages[0]).GetProperty("params").GetProperty("version").GetInt32());
        Assert.Contains("text \"Fê" + new string('é', Keystrokes) + "te 🎉 ce soir\"", dispatcher.Documents[DocUri].Text, StringComparison.Ordinal);
        Assert.True(Parse(hover.Later!(CancellationToken.None)).TryGetProperty("result", out _));
    }

    [Fact]
    public void A_replace_all_of_many_changes_is_applied_change_by_change_and_analysed_once()
    {
        var posts = Enumerable.Range(0, 400).Select(i => $"post p{i}\n  on mastodon\n  at 2027-03-{1 + (i % 28):00} {8 + (i % 12):00}:{i % 60:00}\n  text \"Bonjour n°{i} #soldes\"\n");
        var text = "plan \"Soldes d'été ☀️\"\n  timezone Europe/Paris\n  start 2027-03-01\n  end 2027-03-31\n\nchannel mastodon\n\n" + string.Join("\n", posts);
        var dispatcher = Started(text: text);
        var lines = text.Split('\n');

        // "Bonjour" → "Salut" on every post, from the last line up, as an editor's replace-all sends them.
        var changes = lines.Select((line, index) => (line, index))
            .Where(l => l.line.Contains("Bonjour", StringComparison.Ordinal))
            .Reverse()
            .Select(l => new { range = Range(l.index, l.line.IndexOf("Bonjour", StringComparison.Ordinal), l.index, l.line.IndexOf("Bonjour", StringComparison.Ordinal) + 7), text = "Salut" })
            .ToArray();
        Assert.Equal(400, changes.Length);
        var before = PlanAnalyzer.AnalysesOnThisThread;
        var published = Single(Send(dispatcher, Notification("textDocument/didChange", new { textDocument = new { uri = DocUri, version = 2 }, contentChanges = changes })), "textDocument/publishDiagnostics");

        Assert.Equal(before + 1, PlanAnalyzer.AnalysesOnThisThread);
        var expected = text.Replace("Bonjour", "Salut", StringComparison.Ordinal);
        Assert.Equal(expected, dispatcher.Documents[DocUri].Text);
        var fresh = PlanAnalyzer.Analyze(expected, Options.Analysis).Diagnostics;
        Assert.Equal(fresh.Length, published.GetProperty("params").GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(fresh, dispatcher.Documents[DocUri].Analysis.Diagnostics);
    }

    [Fact]
    public void Diagnostics_are_sent_errors_then_warnings_then_infos_so_an_editor_cap_of_500_hides_only_infos()
    {
        // 600 posts already published ("now" is in 2028: 600 past-publication infos), then, at the
        // end of the file, a post after the plan's end (a warning) and a bad line (an error).
        var posts = Enumerable.Range(0, 600).Select(i => $"post p{i}\n  on mastodon\n  at 2027-{1 + (i % 12):00}-{1 + (i % 28):00} {8 + (i % 12):00}:{i % 60:00}\n  text \"Nouvelle collection n°{i} 🍂 #automne\"\n");
        var text = "plan \"Une année chargée\"\n  timezone Europe/Paris\n  start 2027-01-01\n  end 2027-12-31\n\nchannel mastodon\n\n"
            + string.Join("\n", posts)
            + "\npost tard\n  on mastodon\n  at 2028-02-01 10:00\n  text \"Trop tard 🙈\"\n\npost cassé\n  on mastodon\n  at 2027-05-05 10:00\n  couleur rouge\n  text \"Oups\"\n";
        var options = new ServerOptions(new AnalysisOptions(PlanClock.At(Instant.FromUtc(2028, 6, 1, 0, 0)), ConfigFile.Empty));
        var dispatcher = new Dispatcher(options);
        Send(dispatcher, Request(1, "initialize", InitializeParams(false)));
        Send(dispatcher, Notification("initialized"));
        var diagnostics = Single(Send(dispatcher, Notification("textDocument/didOpen", Open(text))), "textDocument/publishDiagnostics")
            .GetProperty("params").GetProperty("diagnostics").EnumerateArray().ToList();

        Assert.True(diagnostics.Count(d => d.GetProperty("code").GetString() == "past-publication") > 500);
        var shown = diagnostics.Take(500).ToList();
        Assert.Contains(shown, d => d.GetProperty("severity").GetInt32() == 1);
        Assert.Contains(shown, d => d.GetProperty("code").GetString() == "outside-plan");
        var order = diagnostics.Select(d => (Severity: d.GetProperty("severity").GetInt32(), Line: d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32())).ToList();
        Assert.Equal(order.OrderBy(o => o.Severity).ThenBy(o => o.Line), order);
        Assert.Equal(1, order[0].Severity);
    }
}
