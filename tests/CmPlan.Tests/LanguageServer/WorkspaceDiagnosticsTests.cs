using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Analysis.Localization;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// Pull diagnostics over the workspace folders: closed plans read from disk within the folders (no
/// link followed out), result ids that say "unchanged", folders and files that come and go.
/// </summary>
public sealed class WorkspaceDiagnosticsTests : IDisposable
{
    public const string Broken = """
        plan "Lancement 🚀"
          timezone Europe/Paris
          start 2027-03-01
          end 2027-03-31

        channel mastodon

        post annonce-lancement
          on instagram
          at 2027-03-12 10:00
          text "C'est parti ! #lancement"

        """;

    public const string Clean = """
        plan "Café 🎷"
          timezone Europe/Paris
          start 2027-03-01
          end 2027-03-31

        channel mastodon

        post été-en-terrasse
          on mastodon
          at 2027-03-12 10:00
          text "Fête 🎉 ce soir"

        """;

    private readonly string temp = Directory.CreateTempSubdirectory("cmplan-pull-").FullName;

    public WorkspaceDiagnosticsTests()
    {
        First = Directory.CreateDirectory(Path.Combine(temp, "site")).FullName;
        Second = Directory.CreateDirectory(Path.Combine(temp, "campagnes")).FullName;
        Directory.CreateDirectory(Path.Combine(First, "plans"));
        File.WriteAllText(Path.Combine(First, "plans", "café.cmplan"), Clean);
        File.WriteAllText(Path.Combine(Second, "printemps.cmplan"), Broken);
    }

    private string First { get; }

    private string Second { get; }

    public void Dispose() => Directory.Delete(temp, recursive: true);

    /// <summary>A client like VS Code: it pulls diagnostics, can be asked to pull again and watches files.</summary>
    public static object PullingClient(params string[] folders) => new
    {
        processId = 1,
        workspaceFolders = folders.Select(f => new { uri = FileUris.Of(f), name = Path.GetFileName(f) }),
        capabilities = new
        {
            textDocument = new { diagnostic = new { dynamicRegistration = false } },
            workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true }, diagnostics = new { refreshSupport = true } },
        },
    };

    public static Dispatcher Start(object initialize)
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", initialize));
        Send(dispatcher, Notification("initialized"));
        return dispatcher;
    }

    public static JsonElement Result(IReadOnlyList<JsonElement> messages, int id) =>
        Assert.Single(messages, m => m.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id).GetProperty("result");

    /// <summary>The items of a <c>workspace/diagnostic</c> answer, by URI.</summary>
    public static Dictionary<string, JsonElement> WorkspaceItems(Dispatcher dispatcher, object? previous = null) =>
        Result(Send(dispatcher, Request(7, "workspace/diagnostic", new { previousResultIds = previous ?? Array.Empty<object>() })), 7)
            .GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("uri").GetString()!, StringComparer.Ordinal);

    private static object Held(Dictionary<string, JsonElement> items) =>
        items.Values.Select(i => new { uri = i.GetProperty("uri").GetString(), value = i.GetProperty("resultId").GetString() }).ToArray();

    private string Uri(params string[] parts) => FileUris.Of(Path.Combine([temp, .. parts]));

    [Fact]
    public void The_server_offers_pull_diagnostics_workspace_symbols_and_follows_folders()
    {
        var dispatcher = new Dispatcher(Options);
        var capabilities = Result(Send(dispatcher, Request(1, "initialize", PullingClient(First))), 1).GetProperty("capabilities");

        Assert.False(capabilities.GetProperty("diagnosticProvider").GetProperty("interFileDependencies").GetBoolean());
        Assert.True(capabilities.GetProperty("diagnosticProvider").GetProperty("workspaceDiagnostics").GetBoolean());
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
        var folders = capabilities.GetProperty("workspace").GetProperty("workspaceFolders");
        Assert.True(folders.GetProperty("supported").GetBoolean());
        Assert.True(folders.GetProperty("changeNotifications").GetBoolean());
    }

    [Fact]
    public void A_closed_plan_in_the_second_folder_has_its_problem_reported()
    {
        var dispatcher = Start(PullingClient(First, Second));

        var items = WorkspaceItems(dispatcher);

        Assert.Equal([Uri("campagnes", "printemps.cmplan"), Uri("site", "plans", "café.cmplan")], items.Keys.Order(StringComparer.Ordinal));
        var broken = items[Uri("campagnes", "printemps.cmplan")];
        Assert.Equal("full", broken.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("version").ValueKind);
        var problem = Assert.Single(broken.GetProperty("items").EnumerateArray());
        Assert.Equal("unknown-reference", problem.GetProperty("code").GetString());
        Assert.Equal("No channel 'instagram' is declared.", problem.GetProperty("message").GetString());
        Assert.Equal(1, problem.GetProperty("severity").GetInt32());
        Assert.Equal("""{"start":{"line":8,"character":5},"end":{"line":8,"character":14}}""", problem.GetProperty("range").GetRawText());
        Assert.Empty(items[Uri("site", "plans", "café.cmplan")].GetProperty("items").EnumerateArray());
    }

    [Fact]
    public void The_older_rootUri_is_the_workspace_when_there_are_no_folders()
    {
        var dispatcher = Start(new { processId = 1, rootUri = FileUris.Of(Second), capabilities = new { textDocument = new { diagnostic = new { } } } });

        Assert.Equal([Uri("campagnes", "printemps.cmplan")], WorkspaceItems(dispatcher).Keys);
    }

    [Fact]
    public void A_result_the_client_holds_is_unchanged_until_the_file_changes()
    {
        var dispatcher = Start(PullingClient(First, Second));
        var first = WorkspaceItems(dispatcher);

        var again = WorkspaceItems(dispatcher, Held(first));

        Assert.All(again.Values, i => Assert.Equal("unchanged", i.GetProperty("kind").GetString()));
        Assert.All(again.Values, i => Assert.False(i.TryGetProperty("items", out _)));
        Assert.Equal(first.Values.Select(i => i.GetProperty("resultId").GetString()), again.Values.Select(i => i.GetProperty("resultId").GetString()));

        File.WriteAllText(Path.Combine(Second, "printemps.cmplan"), Broken.Replace("on instagram", "on mastodon", StringComparison.Ordinal));
        var edited = WorkspaceItems(dispatcher, Held(first));

        var fixedPlan = edited[Uri("campagnes", "printemps.cmplan")];
        Assert.Equal("full", fixedPlan.GetProperty("kind").GetString());
        Assert.Empty(fixedPlan.GetProperty("items").EnumerateArray());
        Assert.NotEqual(first[Uri("campagnes", "printemps.cmplan")].GetProperty("resultId").GetString(), fixedPlan.GetProperty("resultId").GetString());
        Assert.Equal("unchanged", edited[Uri("site", "plans", "café.cmplan")].GetProperty("kind").GetString());
    }

    [Fact]
    public void An_open_document_is_pulled_at_its_version_and_nothing_is_pushed()
    {
        var dispatcher = Start(PullingClient(Second));
        var uri = Uri("campagnes", "printemps.cmplan");
        var opened = Send(dispatcher, Notification("textDocument/didOpen", new { textDocument = new { uri, languageId = "cmplan", version = 3, text = Broken } }));
        Assert.Empty(opened);

        var report = Result(Send(dispatcher, Request(5, "textDocument/diagnostic", new { textDocument = new { uri } })), 5);
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Equal("unknown-reference", Assert.Single(report.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        var id = report.GetProperty("resultId").GetString();

        var same = Result(Send(dispatcher, Request(6, "textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = id })), 6);
        Assert.Equal("""{"kind":"unchanged","resultId":"ID"}""".Replace("ID", id, StringComparison.Ordinal), same.GetRawText());

        // Open, the editor's text wins over the file: in the workspace answer too, with its version.
        var change = new { textDocument = new { uri, version = 4 }, contentChanges = new[] { new { text = Clean } } };
        Assert.Empty(Send(dispatcher, Notification("textDocument/didChange", change)));
        var changed = Result(Send(dispatcher, Request(8, "textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = id })), 8);
        Assert.Equal("full", changed.GetProperty("kind").GetString());
        Assert.Empty(changed.GetProperty("items").EnumerateArray());
        var item = WorkspaceItems(dispatcher)[uri];
        Assert.Equal(4, item.GetProperty("version").GetInt32());
        Assert.Equal(changed.GetProperty("resultId").GetString(), item.GetProperty("resultId").GetString());

        // Closed again: the file on disk, which VS Code asks for once more as it closes the document.
        Assert.Empty(Send(dispatcher, Notification("textDocument/didClose", new { textDocument = new { uri } })));
        var closed = Result(Send(dispatcher, Request(9, "textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = changed.GetProperty("resultId").GetString() })), 9);
        Assert.Equal("unknown-reference", Assert.Single(closed.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public void A_client_that_cannot_pull_still_gets_diagnostics_pushed()
    {
        var dispatcher = Start(new { processId = 1, workspaceFolders = new[] { new { uri = FileUris.Of(Second), name = "campagnes" } }, capabilities = new { } });

        var opened = Send(dispatcher, Notification("textDocument/didOpen", Open(Broken)));

        Assert.Single(Single(opened, "textDocument/publishDiagnostics").GetProperty("params").GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void New_settings_ask_a_pulling_client_to_pull_again()
    {
        var dispatcher = Start(PullingClient(Second));
        WorkspaceItems(dispatcher);

        var messages = Send(dispatcher, Notification("workspace/didChangeConfiguration", new { settings = new { cmplan = new { language = "fr" } } }));

        Single(messages, "workspace/diagnostic/refresh");
        var french = Assert.Single(WorkspaceItems(dispatcher)[Uri("campagnes", "printemps.cmplan")].GetProperty("items").EnumerateArray());
        // The French wording is the catalogue's; what matters here is that the closed plan was analysed again in French.
        var expected = Assert.Single(PlanAnalyzer.Analyze(Broken, Options.Analysis with { Language = Language.French }).Diagnostics).Message;
        Assert.Equal(expected, french.GetProperty("message").GetString());
        Assert.StartsWith("Aucun ", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_out_of_the_folder_and_tool_folders_are_not_read()
    {
        var outside = Directory.CreateDirectory(Path.Combine(temp, "ailleurs")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.cmplan"), Broken);
        File.CreateSymbolicLink(Path.Combine(First, "secret.cmplan"), Path.Combine(outside, "secret.cmplan"));
        Directory.CreateSymbolicLink(Path.Combine(First, "ailleurs"), outside);
        Directory.CreateDirectory(Path.Combine(First, "node_modules", "paquet"));
        File.WriteAllText(Path.Combine(First, "node_modules", "paquet", "exemple.cmplan"), Broken);
        Directory.CreateDirectory(Path.Combine(First, ".git"));
        File.WriteAllText(Path.Combine(First, ".git", "vieux.cmplan"), Broken);
        var dispatcher = Start(PullingClient(First));

        Assert.Equal([Uri("site", "plans", "café.cmplan")], WorkspaceItems(dispatcher).Keys);
        var link = Result(Send(dispatcher, Request(5, "textDocument/diagnostic", new { textDocument = new { uri = Uri("site", "secret.cmplan") } })), 5);
        Assert.Empty(link.GetProperty("items").EnumerateArray());
        Assert.Empty(Result(Send(dispatcher, Request(6, "workspace/symbol", new { query = "annonce" })), 6).EnumerateArray());
    }

    [Fact]
    public async Task A_named_pipe_among_the_plans_is_skipped_without_waiting_for_a_writer()
    {
        Cli.SafeWrites.ReadOnly.RunTool("mkfifo", Path.Combine(First, "tuyau.cmplan"));
        var dispatcher = Start(PullingClient(First));

        var answered = await Task.Run(() => WorkspaceItems(dispatcher).Keys.ToList()).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([Uri("site", "plans", "café.cmplan")], answered);
    }

    [Fact]
    public void A_plan_created_after_the_start_is_found_once_the_client_says_so()
    {
        var dispatcher = new Dispatcher(Options);
        Send(dispatcher, Request(1, "initialize", PullingClient(First)));
        var registration = Single(Send(dispatcher, Notification("initialized")), "client/registerCapability");
        Assert.Equal(["**/cmplan.json", "**/*.cmplan"], registration.GetProperty("params").GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("globPattern").GetString()));
        Assert.Single(WorkspaceItems(dispatcher));

        var created = Path.Combine(First, "plans", "nouveau.cmplan");
        File.WriteAllText(created, Broken);
        Assert.Single(WorkspaceItems(dispatcher));
        Send(dispatcher, Notification("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = FileUris.Of(created), type = 1 } } }));

        var items = WorkspaceItems(dispatcher);
        Assert.Equal("unknown-reference", Assert.Single(items[FileUris.Of(created)].GetProperty("items").EnumerateArray()).GetProperty("code").GetString());

        File.Delete(created);
        Send(dispatcher, Notification("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = FileUris.Of(created), type = 3 } } }));
        Assert.Equal([Uri("site", "plans", "café.cmplan")], WorkspaceItems(dispatcher).Keys);

        // A client that still holds the deleted plan's problems is told it has none, once.
        var emptied = WorkspaceItems(dispatcher, Held(items));
        Assert.Equal("""{"kind":"full","uri":"URI","version":null,"resultId":"none","items":[]}""".Replace("URI", FileUris.Of(created), StringComparison.Ordinal), emptied[FileUris.Of(created)].GetRawText());
        Assert.Equal("unchanged", WorkspaceItems(dispatcher, Held(emptied))[FileUris.Of(created)].GetProperty("kind").GetString());
    }

    [Fact]
    public void Folders_added_and_removed_are_followed()
    {
        var dispatcher = Start(PullingClient(First));

        Send(dispatcher, Notification("workspace/didChangeWorkspaceFolders", new { @event = new { added = new[] { new { uri = FileUris.Of(Second), name = "campagnes" } }, removed = Array.Empty<object>() } }));
        Assert.Equal([Uri("campagnes", "printemps.cmplan"), Uri("site", "plans", "café.cmplan")], WorkspaceItems(dispatcher).Keys.Order(StringComparer.Ordinal));

        var both = WorkspaceItems(dispatcher);
        Send(dispatcher, Notification("workspace/didChangeWorkspaceFolders", new { @event = new { added = Array.Empty<object>(), removed = new[] { new { uri = FileUris.Of(First), name = "site" } } } }));
        Assert.Equal([Uri("campagnes", "printemps.cmplan")], WorkspaceItems(dispatcher).Keys);
        var after = WorkspaceItems(dispatcher, Held(both));
        Assert.Equal("unchanged", after[Uri("campagnes", "printemps.cmplan")].GetProperty("kind").GetString());
        Assert.Empty(after[Uri("site", "plans", "café.cmplan")].GetProperty("items").EnumerateArray());
    }
}
