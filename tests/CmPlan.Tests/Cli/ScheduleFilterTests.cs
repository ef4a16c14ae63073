using System.Text.Json;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>
/// Contract §6 (issue 12): <c>schedule</c>'s filters (<c>--from</c>, <c>--to</c>, <c>--channel</c>,
/// <c>--tag</c>), the JSON fields (<c>queue</c>, <c>text</c>, <c>link</c>, <c>expires</c>,
/// <c>afterExpiry</c>), "after expiry" in the text form, and ICS events with DTEND, plan-specific
/// stable UIDs and a DTSTAMP that stays the same from run to run.
/// soldes.cmplan: <c>ouverture</c> reposts weekly on two channels from 13 January, 4 times, and
/// expires on 9 February, so its 4th repost (10 February) is late; <c>derniers-jours</c> and
/// <c>coulisses</c> go out once.
/// </summary>
public class ScheduleFilterTests : IDisposable
{
    private readonly TempFolder temp = new();

    public ScheduleFilterTests() => temp.CopyPlan("soldes.cmplan", "soldes.cmplan");

    public void Dispose() => temp.Dispose();

    private string Schedule(params string[] args)
    {
        var run = Cmd.Run(temp.Path, ["schedule", "soldes.cmplan", .. args]);
        Assert.Equal(0, run.ExitCode);
        return run.Out;
    }

    [Fact]
    public void Text_marks_publications_after_expiry() => Golden.Verify("cli/schedule-soldes.txt", Schedule());

    [Fact]
    public void Json_carries_text_link_expires_and_after_expiry() => Golden.Verify("cli/schedule-soldes.json", Schedule("--format", "json"));

    [Fact]
    public void Ics_has_dtend_and_uids_of_this_plan() => Golden.Verify("cli/schedule-soldes.ics", Schedule("--format", "ics"));

    [Fact]
    public void From_and_to_are_inclusive_local_dates() =>
        Golden.Verify("cli/schedule-soldes-from-to.txt", Schedule("--from", "2027-01-20", "--to", "2027-02-05"));

    [Fact]
    public void Channel_and_tag_filters_match_any_value_given()
    {
        Golden.Verify("cli/schedule-soldes-channel-tag.txt", Schedule("--channel", "linkedin", "--tag", "atelier", "--tag", "hiver"));
        Assert.Equal(Schedule("--channel=insta", "--channel", "linkedin"), Schedule());
        Assert.Equal(
            ["ouverture", "ouverture", "derniers-jours"],
            Posts(Schedule("--format", "json", "--tag", "soldes", "--from", "2027-02-03", "--to", "2027-02-09")));
    }

    [Fact]
    public void Json_fields_are_absent_when_empty()
    {
        using var json = JsonDocument.Parse(Schedule("--format", "json", "--tag", "atelier"));
        var publication = json.RootElement.GetProperty("publications").EnumerateArray().Single();
        Assert.Equal(["post", "channel", "at", "repost", "text"], publication.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_dtstamp_does_not_change_from_run_to_run()
    {
        var first = Schedule("--format", "ics");
        Thread.Sleep(1100);
        Assert.Equal(first, Schedule("--format", "ics"));
        Assert.Contains("\r\nDTSTAMP:20270113T070000Z\r\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Uids_stay_across_edits_and_differ_between_plans()
    {
        static List<string> Uids(string ics) =>
            [.. ics.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal))];

        var before = Uids(Schedule("--format", "ics", "--tag", "atelier"));
        Assert.Equal(["UID:coulisses/linkedin/0/Soldes%20d%27hiver%202027@cmplan"], before);

        // An edit elsewhere in the plan (a new post, a reworded text) keeps the UID.
        var text = temp.Read("soldes.cmplan").Replace("l'atelier de Grasse", "l'atelier de Grasse, en images", StringComparison.Ordinal);
        temp.Write("soldes.cmplan", text + "\npost nouveau\n  on insta\n  at 2027-01-21 09:00\n  text \"Bientôt la nouvelle collection.\"\n");
        Assert.Equal(before, Uids(Schedule("--format", "ics", "--tag", "atelier")));

        // The same post in another plan: another UID (the plan's name, else the file name).
        temp.Write("autre.cmplan", "channel linkedin\n\npost coulisses\n  on linkedin\n  at 2027-01-20 12:00\n  tags atelier\n  text \"Dans les coulisses.\"\n");
        var other = Cmd.Run(temp.Path, "schedule", "autre.cmplan", "--format", "ics").Out;
        Assert.Equal(["UID:coulisses/linkedin/0/autre.cmplan@cmplan"], Uids(other));
    }

    [Theory]
    [InlineData("--from 20/01/2027", "cmplan: invalid --from '20/01/2027': expected a date like 2027-03-15")]
    [InlineData("--to 2027-02-30", "cmplan: invalid --to '2027-02-30': expected a date like 2027-03-15")]
    [InlineData("--from 2027-02-01 --to 2027-01-31", "cmplan: --from 2027-02-01 is after --to 2027-01-31: no day is in between")]
    public void Bad_dates_are_usage_errors(string options, string message) =>
        Cmd.Run(temp.Path, ["schedule", "soldes.cmplan", .. options.Split(' ')]).AssertUsageError(message);

    private static List<string> Posts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("publications").EnumerateArray().Select(p => p.GetProperty("post").GetString()!)];
    }
}
