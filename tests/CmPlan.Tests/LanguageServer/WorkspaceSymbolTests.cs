using System.Text;
using System.Text.Json;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Server;
using static CmPlan.Tests.LanguageServer.Lsp;
using static CmPlan.Tests.LanguageServer.WorkspaceDiagnosticsTests;

namespace CmPlan.Tests.LanguageServer;

/// <summary><c>workspace/symbol</c>: posts, channels and queues of every plan, open or not, matched as VS Code matches.</summary>
public sealed class WorkspaceSymbolTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("cmplan-symbols-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static JsonElement[] Symbols(Dispatcher dispatcher, string query) =>
        [.. Result(Send(dispatcher, Request(4, "workspace/symbol", new { query })), 4).EnumerateArray()];

    private string Folder(string name, params (string File, string Text)[] plans)
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp, name)).FullName;
        foreach (var (file, text) in plans)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    [Fact]
    public void A_post_of_a_closed_plan_in_another_folder_is_found_by_a_subsequence_of_its_name()
    {
        var site = Folder("site", ("café.cmplan", Clean));
        var campagnes = Folder("campagnes", ("printemps.cmplan", Broken));
        var dispatcher = Start(PullingClient(site, campagnes));

        var found = Assert.Single(Symbols(dispatcher, "ANNlanc"));

        Assert.Equal("annonce-lancement", found.GetProperty("name").GetString());
        Assert.Equal(24, found.GetProperty("kind").GetInt32());
        Assert.Equal("printemps.cmplan", found.GetProperty("containerName").GetString());
        Assert.Equal(FileUris.Of(Path.Combine(campagnes, "printemps.cmplan")), found.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("""{"start":{"line":7,"character":5},"end":{"line":7,"character":22}}""", found.GetProperty("location").GetProperty("range").GetRawText());
    }

    [Fact]
    public void Channels_posts_and_plans_of_every_plan_are_listed_for_an_empty_query_the_policy_is_not()
    {
        var site = Folder("site", ("café.cmplan", Clean), ("printemps.cmplan", Broken));
        var dispatcher = Start(PullingClient(site));

        var names = Symbols(dispatcher, "").Select(s => $"{s.GetProperty("containerName").GetString()}: {s.GetProperty("name").GetString()} ({s.GetProperty("kind").GetInt32()})");

        Assert.Equal(
            ["café.cmplan: Café 🎷 (2)", "café.cmplan: mastodon (11)", "café.cmplan: été-en-terrasse (24)",
             "printemps.cmplan: Lancement 🚀 (2)", "printemps.cmplan: mastodon (11)", "printemps.cmplan: annonce-lancement (24)"],
            names);
    }

    [Fact]
    public void An_open_document_is_searched_as_the_editor_holds_it_and_one_outside_the_folders_too()
    {
        var site = Folder("site", ("café.cmplan", Clean));
        var dispatcher = Start(PullingClient(site));
        var inside = FileUris.Of(Path.Combine(site, "café.cmplan"));
        Send(dispatcher, Notification("textDocument/didOpen", new { textDocument = new { uri = inside, languageId = "cmplan", version = 2, text = Clean.Replace("été-en-terrasse", "apéro-du-jeudi", StringComparison.Ordinal) } }));
        Send(dispatcher, Notification("textDocument/didOpen", Open(Broken)));

        Assert.Empty(Symbols(dispatcher, "terrasse"));
        Assert.Equal(inside, Assert.Single(Symbols(dispatcher, "apéro")).GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(DocUri, Assert.Single(Symbols(dispatcher, "annonce")).GetProperty("location").GetProperty("uri").GetString());
    }

    [Fact]
    public void An_answer_holds_at_most_500_symbols()
    {
        var plan = new StringBuilder(Clean);
        for (var i = 0; i < 600; i++)
        {
            plan.Append(System.Globalization.CultureInfo.InvariantCulture, $"post billet-{i}\n  on mastodon\n  at 2027-03-12 10:00\n  text \"Billet n° {i} ✨\"\n\n");
        }

        var dispatcher = Start(PullingClient(Folder("site", ("gros.cmplan", plan.ToString()))));

        var found = Symbols(dispatcher, "billet");
        Assert.Equal(WorkspaceSymbols.MaxResults, found.Length);
        Assert.Equal("billet-499", found[^1].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("", "annonce-lancement", true)]
    [InlineData("al", "annonce-lancement", true)]
    [InlineData("LANCEMENT", "annonce-lancement", true)]
    [InlineData("ann lanc", "annonce-lancement", true)]
    [InlineData("été", "été-en-terrasse", true)]
    [InlineData("ÉTÉ", "été-en-terrasse", true)]
    [InlineData("lancementa", "annonce-lancement", false)]
    [InlineData("xa", "annonce-lancement", false)]
    public void A_query_matches_its_characters_in_order_ignoring_case(string query, string name, bool matches) =>
        Assert.Equal(matches, WorkspaceSymbols.Matches(query, name));
}
