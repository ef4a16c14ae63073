using System.Text.Json;
using CmPlan.Analysis.Localization;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// The server's language: <c>initialize</c>'s <c>locale</c>, overridden by <c>cmplan.language</c>
/// (<c>auto</c>, <c>fr</c>, <c>en</c>), applied at once: open documents are published again in it.
/// </summary>
public class LanguageSettingTests
{
    private const string Misspelt = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  texte \"Bonjour !\"\n  text \"Bonjour !\"\n";

    private const string French = "n'est pas une propriété d'un bloc post";

    private const string English = "is not a property of post";

    private static object Initialize(string? locale, bool configuration) =>
        new { processId = 1, locale, capabilities = new { workspace = new { configuration } } };

    private static string Response(string id, object? result) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });

    private static string Message(IReadOnlyList<JsonElement> messages) =>
        Single(messages, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("diagnostics")[0].GetProperty("message").GetString()!;

    private static (Dispatcher Dispatcher, string? Id, string Opened) Start(string? locale, bool configuration = false, string text = Misspelt)
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", Initialize(locale, configuration)));
        var asked = Send(dispatcher, Notification("initialized"));
        var id = configuration ? Single(asked, "workspace/configuration").GetProperty("id").GetString() : null;
        return (dispatcher, id, Message(Send(dispatcher, Notification("textDocument/didOpen", Open(text)))));
    }

    [Theory]
    [InlineData("fr", French)]
    [InlineData("fr-ca", French)]
    [InlineData("en", English)]
    [InlineData("de", English)]
    [InlineData(null, English)]
    public void The_clients_locale_chooses_the_language(string? locale, string expected) =>
        Assert.Contains(expected, Start(locale).Opened, StringComparison.Ordinal);

    [Fact]
    public void The_setting_wins_over_the_locale_and_applies_at_once()
    {
        var (dispatcher, id, opened) = Start("en", configuration: true);
        Assert.Contains(English, opened, StringComparison.Ordinal);

        var republished = Send(dispatcher, Response(id!, new object?[] { null, new { language = "fr" } }));

        Assert.Contains(French, Message(republished), StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_goes_back_to_the_locale()
    {
        var (dispatcher, _, opened) = Start("fr");
        Assert.Contains(French, opened, StringComparison.Ordinal);
        var english = Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { language = "en" } } }));
        Assert.Contains(English, Message(english), StringComparison.Ordinal);

        var auto = Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { language = "auto" } } }));

        Assert.Contains(French, Message(auto), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_action_titles_follow_the_language()
    {
        // Only the misspelt key: writing "text" over it removes a problem, so the fix is offered.
        var (dispatcher, _, _) = Start("fr", text: Misspelt.Replace("  text \"Bonjour !\"\n", string.Empty, StringComparison.Ordinal));
        var actions = Assert.Single(Send(dispatcher, Request(2, "textDocument/codeAction", new
        {
            textDocument = Doc,
            range = new { start = new { line = 5, character = 2 }, end = new { line = 5, character = 7 } },
            context = new { diagnostics = Array.Empty<object>() },
        }))).GetProperty("result");
        Assert.Contains(actions.EnumerateArray(), a => a.GetProperty("title").GetString() == "Écrire «\u202Ftext\u202F»");
    }

    [Fact]
    public void Fix_all_and_ignore_titles_follow_the_language()
    {
        var (dispatcher, _, _) = Start("fr", text: Misspelt.Replace("  text \"Bonjour !\"\n", "  text \" Bonjour\"\n", StringComparison.Ordinal));
        var actions = Assert.Single(Send(dispatcher, Request(2, "textDocument/codeAction", new
        {
            textDocument = Doc,
            range = new { start = new { line = 0, character = 0 }, end = new { line = 9, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        }))).GetProperty("result").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Ignorer whitespace sur cette ligne", actions);

        var fixAll = Assert.Single(Send(dispatcher, Request(3, "textDocument/codeAction", new
        {
            textDocument = Doc,
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } },
        }))).GetProperty("result");
        Assert.Equal("Corriger tous les problèmes cmplan", Assert.Single(fixAll.EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public void An_invalid_setting_is_logged_and_the_locale_decides()
    {
        var (dispatcher, _, _) = Start("fr");
        var messages = Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { language = "klingon" } } }));
        Assert.Equal(
            "Valeur invalide pour cmplan.language\u202F: «\u202Fklingon\u202F»\u202F; il faut auto, fr ou en.",
            Single(messages, "window/logMessage").GetProperty("params").GetProperty("message").GetString());
        Assert.DoesNotContain(messages, m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics");
    }

    [Theory]
    [InlineData("auto", true, null)]
    [InlineData("", true, null)]
    [InlineData("fr", true, Language.French)]
    [InlineData("EN", true, Language.English)]
    [InlineData("es", false, null)]
    public void The_setting_reads_auto_fr_and_en(string value, bool valid, Language? language) =>
        Assert.Equal((valid, language), LanguageSetting.Parse(value));
}
