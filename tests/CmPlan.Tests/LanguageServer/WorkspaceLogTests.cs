using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// Issue 18: what the server logs about the workspace's plans — a walk cut short, plans past the
/// 32 MB read in all — and its other logs are in the workspace's language.
/// </summary>
public sealed class WorkspaceLogTests : IDisposable
{
    private const string Thin = "\u202F";

    private readonly string temp = Directory.CreateTempSubdirectory("cmplan-logs-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static Dispatcher Start(string locale, string folder)
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", new
        {
            processId = 1,
            locale,
            workspaceFolders = new[] { new { uri = FileUris.Of(folder), name = "plans" } },
            capabilities = new { textDocument = new { diagnostic = new { } } },
        }));
        Send(dispatcher, Notification("initialized"));
        return dispatcher;
    }

    /// <summary>The log lines a request for the diagnostics of the closed plan <paramref name="file"/> brings.</summary>
    private string[] LogsOfPull(string locale, string file)
    {
        var messages = Send(Start(locale, temp), Request(2, "textDocument/diagnostic", new { textDocument = new { uri = FileUris.Of(Path.Combine(temp, file)) } }));
        return [.. messages
            .Where(m => m.TryGetProperty("method", out var method) && method.GetString() == "window/logMessage")
            .Select(m => m.GetProperty("params").GetProperty("message").GetString()!)];
    }

    [Fact]
    public void A_walk_stopped_at_its_plan_limit_is_logged_in_the_workspaces_language()
    {
        for (var i = 0; i < PlanWalk.MaxPlans + 1; i++)
        {
            File.WriteAllText(Path.Combine(temp, $"p{i:D4}.cmplan"), string.Empty);
        }

        Assert.Equal(
            [$"Plans de l'espace de travail{Thin}: la recherche s'est arrêtée à 2{Thin}000 plans{Thin}; les autres ne sont pas vérifiés."],
            LogsOfPull("fr", "p0000.cmplan"));
        Assert.Equal(["Workspace plans: the walk stopped at 2,000 plans; the others are not checked."], LogsOfPull("en", "p0000.cmplan"));
    }

    [Fact]
    public void Plans_past_32_mb_in_all_are_logged_in_the_workspaces_language()
    {
        File.WriteAllText(Path.Combine(temp, "a.cmplan"), "channel mastodon\n");
        using (var huge = File.Create(Path.Combine(temp, "b.cmplan")))
        {
            huge.SetLength(ClosedPlans.MaxBytes); // sparse: no disk used
        }

        Assert.Equal(
            [$"Plans de l'espace de travail{Thin}: 1 plan lu, les autres dépassent 32 Mo au total et ne sont pas vérifiés."],
            LogsOfPull("fr", "a.cmplan"));
        Assert.Equal(["Workspace plans: 1 plan read, the others are past 32 MB in all and not checked."], LogsOfPull("en", "a.cmplan"));
    }

    [Fact]
    public void Ready_and_a_change_to_a_document_that_is_not_open_are_logged_in_French()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", new { processId = 1, locale = "fr", capabilities = new { } }));
        var ready = Single(Send(dispatcher, Notification("initialized")), "window/logMessage").GetProperty("params").GetProperty("message").GetString();
        Assert.EndsWith(" prêt (positions en utf-16).", ready, StringComparison.Ordinal);

        var change = Send(dispatcher, Notification("textDocument/didChange", new
        {
            textDocument = new { uri = "file:///absent.cmplan", version = 2 },
            contentChanges = new[] { new { text = "x" } },
        }));
        Assert.Equal(
            $"Modification d'un document qui n'est pas ouvert{Thin}: file:///absent.cmplan",
            Single(change, "window/logMessage").GetProperty("params").GetProperty("message").GetString());
    }

    [Fact]
    public void A_notification_with_bad_params_is_logged_in_French()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", new { processId = 1, locale = "fr", capabilities = new { } }));
        Send(dispatcher, Notification("initialized"));
        var log = Single(Send(dispatcher, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":1}}}"), "window/logMessage");
        Assert.StartsWith($"Paramètres invalides pour «{Thin}textDocument/didOpen{Thin}»{Thin}: ", log.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
