using System.Text;
using System.Text.Json;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Server;
using CmPlan.Tests.Fuzz;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// What an editor session goes through: edits, with the clock (<c>cmplan.now</c>), the language and
/// the folder's <c>cmplan.json</c> (rule severities, policy) changing between them. After every
/// step the diagnostics last published are those a server started afresh gives for the same text
/// and settings: nothing the edits carried over outlives a change of settings.
/// </summary>
public sealed class EditsUnderMovingSettingsTests : IDisposable
{
    private static readonly string[] Pastes =
    [
        "\n", " ", "#", "\"", "é", "🚲", "2027-03-02 09:00", "2030-01-01 08:00", "  at 2027-03-09 10:00\n", "# cmplan-ignore\n",
        "post p\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour @ami, #printemps\"\n\n", "  repeat every 1d times 40\n", "  expires 2026-01-01\n",
        "policy\n  min-gap 1h\n", "  status draft\n",
    ];

    private static readonly string[] Nows = ["2026-12-01", "2027-01-15T08:00", "2027-03-02T09:30", "2027-06-30", "2028-01-01", ""];

    private static readonly string[] Configs =
    [
        "{}",
        """{"rules": {"repost-too-frequent": "error", "whitespace": "off"}}""",
        """{"rules": {"past-publication": "hint", "text-too-long": "off", "unbounded-repost": "info"}}""",
        """{"policy": {"minGap": "2h", "maxRepeats": 3}}""",
        """{"policy": {"minInterval": "10d"}, "rules": {"off-slot": "error"}}""",
        "{ nope",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("cmplan-settings-edits-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void After_each_edit_or_change_of_settings_the_diagnostics_are_those_of_a_fresh_server(int batch)
    {
        var config = Path.Combine(folder, "cmplan.json");
        var uri = new Uri(Path.Combine(folder, "plan.cmplan")).AbsoluteUri;
        var changedBySettings = 0;
        foreach (var seed in Enumerable.Range(0, 24).Where(s => s % 2 == batch))
        {
            var rng = new Random(seed);
            File.WriteAllText(config, Configs[rng.Next(Configs.Length)]);
            var settings = new Settings(Nows[rng.Next(Nows.Length)], rng.Next(2) == 0 ? "en" : "fr");
            var text = Encoding.UTF8.GetString(FuzzInputs.Case(seed)).Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
            var server = Opened(uri, text, settings);
            var published = Published(server.Opening, uri);
            for (var step = 0; step < 12; step++)
            {
                IReadOnlyList<JsonElement> messages;
                var what = rng.Next(10);
                if (what < 6)
                {
                    var (start, end, paste) = SemanticTokensAfterEditsTests.RandomEdit(rng, text, Pastes);
                    var range = Positions.ToRange(SourceText.From(text), TextSpan.FromBounds(start, end), PositionEncoding.Utf16);
                    messages = Send(server.Dispatcher, Notification("textDocument/didChange", new
                    {
                        textDocument = new { uri, version = step + 2 },
                        contentChanges = new[] { new { range, text = paste } },
                    }));
                    text = server.Dispatcher.Documents[uri].Text;
                }
                else if (what < 8)
                {
                    File.WriteAllText(config, Configs[rng.Next(Configs.Length)]);
                    messages = Send(server.Dispatcher, Notification("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(config).AbsoluteUri, type = 2 } } }));
                }
                else
                {
                    settings = new Settings(Nows[rng.Next(Nows.Length)], rng.Next(2) == 0 ? "en" : "fr");
                    messages = Send(server.Dispatcher, Settings.Change(settings));
                }

                var now = Published(messages, uri) ?? published;
                changedBySettings += what >= 6 && now != published ? 1 : 0;
                published = now;
                var fresh = Published(Opened(uri, text, settings).Opening, uri);
                Assert.True(fresh == published, $"seed {seed}, step {step} ({(what < 6 ? "edit" : what < 8 ? "cmplan.json" : "settings")}):\n{published}\n---- fresh:\n{fresh}");
            }
        }

        // The settings did move what was found, not only the text.
        Assert.True(changedBySettings >= 5, $"only {changedBySettings} changes of settings changed the diagnostics");
    }

    private sealed record Settings(string Now, string Language)
    {
        public static string Change(Settings settings) =>
            Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { now = settings.Now, language = settings.Language } } });
    }

    /// <summary>A server watching <c>cmplan.json</c>, told <paramref name="settings"/>, with the plan open; what opening it sent.</summary>
    private static (Dispatcher Dispatcher, IReadOnlyList<JsonElement> Opening) Opened(string uri, string text, Settings settings)
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", new { processId = 1, capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } } }));
        Send(dispatcher, Notification("initialized"));
        Send(dispatcher, Settings.Change(settings));
        return (dispatcher, Send(dispatcher, Notification("textDocument/didOpen", new { textDocument = new { uri, languageId = "cmplan", version = 1, text } })));
    }

    /// <summary>The diagnostics of the last publication for <paramref name="uri"/> among <paramref name="messages"/>, as JSON; null when there is none.</summary>
    private static string? Published(IReadOnlyList<JsonElement> messages, string uri) =>
        messages.LastOrDefault(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
            && m.GetProperty("params").GetProperty("uri").GetString() == uri) is { ValueKind: JsonValueKind.Object } last
            ? last.GetProperty("params").GetProperty("diagnostics").GetRawText()
            : null;
}
