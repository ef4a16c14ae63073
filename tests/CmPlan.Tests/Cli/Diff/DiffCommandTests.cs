using System.Text.Json;

namespace CmPlan.Tests.Cli.Diff;

/// <summary><c>cmplan diff --base</c> on real two-commit git repositories, asserted through its JSON.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly GitRepo repo = new();

    public void Dispose() => repo.Dispose();

    private JsonElement DiffJson(params string[] extra)
    {
        var run = repo.Cmplan(["diff", "--base", "HEAD", "--format", "json", "--now", DiffPlans.Now, .. extra]);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private static string[] Lines(JsonElement list, Func<JsonElement, string> line) => [.. list.EnumerateArray().Select(line)];

    private static string Added(JsonElement p) => $"{p.GetProperty("post")} {p.GetProperty("channel")} {p.GetProperty("repost")} {p.GetProperty("at")}";

    private static string Moved(JsonElement p) => $"{p.GetProperty("post")} {p.GetProperty("channel")} {p.GetProperty("repost")} {p.GetProperty("from")} → {p.GetProperty("to")}";

    [Fact]
    public void A_repost_added_by_times_2_to_3_is_one_publication_per_channel_and_the_problem_it_brings()
    {
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier()).Commit("plan");
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3"));

        var json = DiffJson();

        var file = Assert.Single(json.GetProperty("files").EnumerateArray());
        Assert.Equal("plans/printemps.cmplan", file.GetProperty("path").GetString());
        Assert.Equal("modified", file.GetProperty("status").GetString());
        Assert.False(file.TryGetProperty("oldPath", out _));
        var publications = file.GetProperty("publications");
        Assert.Equal(
            ["atelier linkedin 3 2027-04-14T12:30:00+02:00", "atelier x 3 2027-04-14T12:30:00+02:00"],
            Lines(publications.GetProperty("added"), Added));
        Assert.Empty(publications.GetProperty("removed").EnumerateArray());
        Assert.Empty(publications.GetProperty("moved").EnumerateArray());
        Assert.Empty(file.GetProperty("textChanged").EnumerateArray());
        var introduced = Assert.Single(file.GetProperty("diagnostics").GetProperty("introduced").EnumerateArray());
        Assert.Equal("dated-content", introduced.GetProperty("rule").GetString());
        Assert.Equal(12, introduced.GetProperty("line").GetInt32());
        Assert.Equal("""{"added":2,"removed":0,"moved":0,"introduced":1,"resolved":0}""", Compact(json.GetProperty("summary")));
    }

    [Fact]
    public void A_changed_at_moves_every_publication_of_the_post()
    {
        repo.Write("printemps.cmplan", DiffPlans.Atelier()).Commit("plan");
        repo.Write("printemps.cmplan", DiffPlans.Atelier(at: "2027-03-04 09:00"));

        var publications = Assert.Single(DiffJson().GetProperty("files").EnumerateArray()).GetProperty("publications");

        Assert.Empty(publications.GetProperty("added").EnumerateArray());
        Assert.Empty(publications.GetProperty("removed").EnumerateArray());
        Assert.Equal(
            [
                "atelier linkedin 0 2027-03-03T12:30:00+01:00 → 2027-03-04T09:00:00+01:00",
                "atelier x 0 2027-03-03T12:30:00+01:00 → 2027-03-04T09:00:00+01:00",
                "atelier linkedin 1 2027-03-17T12:30:00+01:00 → 2027-03-18T09:00:00+01:00",
                "atelier x 1 2027-03-17T12:30:00+01:00 → 2027-03-18T09:00:00+01:00",
                "atelier linkedin 2 2027-03-31T12:30:00+02:00 → 2027-04-01T09:00:00+02:00",
                "atelier x 2 2027-03-31T12:30:00+02:00 → 2027-04-01T09:00:00+02:00",
            ],
            Lines(publications.GetProperty("moved"), Moved));
    }

    [Fact]
    public void A_queue_item_inserted_takes_its_slot_and_every_later_item_moves_one_slot()
    {
        repo.Write("astuces.cmplan", DiffPlans.Astuces("astuce-1", "astuce-2", "astuce-3")).Commit("queue");
        repo.Write("astuces.cmplan", DiffPlans.Astuces("astuce-1", "astuce-bis", "astuce-2", "astuce-3"));

        var publications = Assert.Single(DiffJson().GetProperty("files").EnumerateArray()).GetProperty("publications");

        Assert.Equal(["astuce-bis x 0 2027-03-04T09:00:00+01:00"], Lines(publications.GetProperty("added"), Added));
        Assert.Empty(publications.GetProperty("removed").EnumerateArray());
        Assert.Equal(
            [
                "astuce-2 x 0 2027-03-04T09:00:00+01:00 → 2027-03-08T09:00:00+01:00",
                "astuce-3 x 0 2027-03-08T09:00:00+01:00 → 2027-03-11T09:00:00+01:00",
            ],
            Lines(publications.GetProperty("moved"), Moved));
    }

    [Fact]
    public void A_renamed_plan_is_one_file_with_its_old_path_and_no_change()
    {
        repo.Write("plans/astuces.cmplan", DiffPlans.Astuces("astuce-1", "astuce-2")).Commit("queue");
        repo.Git("mv", "plans/astuces.cmplan", "plans/astuces-2027.cmplan");

        var file = Assert.Single(DiffJson().GetProperty("files").EnumerateArray());

        Assert.Equal("plans/astuces-2027.cmplan", file.GetProperty("path").GetString());
        Assert.Equal("renamed", file.GetProperty("status").GetString());
        Assert.Equal("plans/astuces.cmplan", file.GetProperty("oldPath").GetString());
        Assert.Equal(0, file.GetProperty("publications").GetProperty("added").GetArrayLength());
        Assert.Equal(0, file.GetProperty("publications").GetProperty("moved").GetArrayLength());
    }

    [Fact]
    public void An_added_plan_adds_all_its_publications_and_a_deleted_one_removes_them()
    {
        repo.Write("ancien.cmplan", DiffPlans.Nuit("2027-03-21 10:00")).Commit("old");
        repo.Git("rm", "-q", "ancien.cmplan");
        repo.Write("nouveau.cmplan", DiffPlans.Atelier(repeat: "every 14d times 1"));
        repo.Git("add", "nouveau.cmplan");

        var files = DiffJson().GetProperty("files").EnumerateArray().ToList();

        Assert.Equal(["ancien.cmplan deleted", "nouveau.cmplan added"], files.Select(f => $"{f.GetProperty("path")} {f.GetProperty("status")}"));
        Assert.Equal(
            ["nuit bluesky 0 2027-03-21T10:00:00+01:00", "nuit bluesky 1 2027-03-28T10:00:00+02:00"],
            Lines(files[0].GetProperty("publications").GetProperty("removed"), Added));
        Assert.Equal(4, files[1].GetProperty("publications").GetProperty("added").GetArrayLength());
    }

    [Fact]
    public void In_the_week_clocks_go_forward_a_moved_repost_leaves_the_time_the_gap_gave_it()
    {
        // zdump -v -c 2027,2028 Europe/Paris: 28 Mar 2027 01:00 UTC, 02:00 CET becomes 03:00 CEST.
        repo.Write("nuit.cmplan", DiffPlans.Nuit("2027-03-21 02:30")).Commit("night");
        repo.Write("nuit.cmplan", DiffPlans.Nuit("2027-03-21 09:00"));

        var publications = Assert.Single(DiffJson().GetProperty("files").EnumerateArray()).GetProperty("publications");

        Assert.Equal(
            [
                "nuit bluesky 0 2027-03-21T02:30:00+01:00 → 2027-03-21T09:00:00+01:00",
                "nuit bluesky 1 2027-03-28T03:30:00+02:00 → 2027-03-28T09:00:00+02:00",
            ],
            Lines(publications.GetProperty("moved"), Moved));
    }

    [Fact]
    public void An_unchanged_plan_gives_an_empty_diff_and_exit_0()
    {
        repo.Write("printemps.cmplan", DiffPlans.Atelier()).Commit("plan");

        var run = repo.Cmplan("diff", "--base", "HEAD", "--now", DiffPlans.Now, "--fail-on", "warning");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No plan changed\n", run.Out);
        Assert.Equal("""{"version":1,"files":[],"summary":{"added":0,"removed":0,"moved":0,"introduced":0,"resolved":0}}""", Compact(DiffJson()));
    }

    [Fact]
    public void A_comment_only_change_is_a_modified_plan_with_nothing_to_report()
    {
        repo.Write("printemps.cmplan", DiffPlans.Atelier()).Commit("plan");
        repo.Write("printemps.cmplan", "# relu par Léa\n" + DiffPlans.Atelier());

        var run = repo.Cmplan("diff", "--base", "HEAD", "--now", DiffPlans.Now);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("printemps.cmplan (modified)\n  no change to publications or problems\nNo change to publications or problems in 1 plan\n", run.Out);
    }

    [Fact]
    public void A_new_text_is_listed_and_a_problem_that_goes_away_is_resolved()
    {
        repo.Write("printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3")).Commit("plan");
        repo.Write("printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3", text: "Atelier « Entretien du lin » 🧵 au printemps ! #faitmain"));

        var file = Assert.Single(DiffJson().GetProperty("files").EnumerateArray());

        Assert.Equal(["atelier"], Lines(file.GetProperty("textChanged"), e => e.GetString()!));
        var resolved = Assert.Single(file.GetProperty("diagnostics").GetProperty("resolved").EnumerateArray());
        Assert.Equal("dated-content", resolved.GetProperty("rule").GetString());
        Assert.Equal("warning", resolved.GetProperty("severity").GetString());
        Assert.Equal(0, file.GetProperty("diagnostics").GetProperty("introduced").GetArrayLength());
    }

    [Theory]
    [InlineData("warning", 1)]
    [InlineData("error", 0)]
    public void Fail_on_fails_when_the_change_introduces_that_severity_or_worse(string failOn, int exit)
    {
        repo.Write("printemps.cmplan", DiffPlans.Atelier()).Commit("plan");
        repo.Write("printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3"));

        Assert.Equal(exit, repo.Cmplan("diff", "--base", "HEAD", "--now", DiffPlans.Now, "--fail-on", failOn).ExitCode);
    }

    [Fact]
    public void Paths_limit_the_plans_compared()
    {
        repo.Write("a/printemps.cmplan", DiffPlans.Atelier()).Write("b/nuit.cmplan", DiffPlans.Nuit("2027-03-21 10:00")).Commit("two");
        repo.Write("a/printemps.cmplan", DiffPlans.Atelier(at: "2027-03-04 09:00")).Write("b/nuit.cmplan", DiffPlans.Nuit("2027-03-21 11:00"));

        var files = DiffJson("b").GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString());

        Assert.Equal(["b/nuit.cmplan"], files);
    }

    [Fact]
    public void Two_files_compare_without_git()
    {
        repo.Write("avant.cmplan", DiffPlans.Atelier()).Write("après.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3"));

        var run = repo.Cmplan("diff", "avant.cmplan", "après.cmplan", "--now", DiffPlans.Now);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(
            "après.cmplan (modified)\n  + Wed 2027-04-14 12:30 +02:00  atelier on linkedin, repost 3\n  + Wed 2027-04-14 12:30 +02:00  atelier on x, repost 3\n  introduced après.cmplan:12:",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_that_names_no_commit_is_a_usage_error()
    {
        repo.Write("printemps.cmplan", DiffPlans.Atelier()).Commit("plan");

        repo.Cmplan("diff", "--base", "nulle-part").AssertUsageError("--base 'nulle-part' names no commit");
    }

    [Fact]
    public void Outside_a_repository_base_is_a_usage_error_quoting_git()
    {
        using var plain = new TempFolder();

        Cmd.Run(plain.Path, "diff", "--base", "HEAD").AssertUsageError("not a git repository");
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
