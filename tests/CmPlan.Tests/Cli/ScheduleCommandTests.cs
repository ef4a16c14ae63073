using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

public class ScheduleCommandTests : IDisposable
{
    private const string Now = "--now=2027-02-15T10:00:00Z";

    private readonly TempFolder temp = new();

    public ScheduleCommandTests()
    {
        temp.CopyPlan("schedule.cmplan", "schedule.cmplan");
        temp.CopyPlan("utc.cmplan", "utc.cmplan");
    }

    public void Dispose() => temp.Dispose();

    private CliRun Schedule(params string[] args)
    {
        var run = Cmd.Run(temp.Path, ["schedule", .. args]);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        return run;
    }

    [Fact]
    public void Text() => Golden.Verify("cli/schedule.txt", Schedule("schedule.cmplan", Now).Out);

    [Fact]
    public void Json() => Golden.Verify("cli/schedule.json", Schedule("schedule.cmplan", "--format", "json", Now).Out);

    [Fact]
    public void Ics() => Golden.Verify("cli/schedule.ics", Schedule("schedule.cmplan", "--format=ics", Now).Out);

    /// <summary>The golden file holds the CSV after its BOM (a reader drops it); the BOM and CRLFs are checked below.</summary>
    [Fact]
    public void Csv()
    {
        var csv = Schedule("schedule.cmplan", "--format", "csv", Now).Out;
        Assert.Equal('\uFEFF', csv[0]);
        Golden.Verify("cli/schedule.csv", csv[1..]);
    }

    [Fact]
    public void Csv_is_rfc_4180_with_a_bom_and_the_columns_of_the_contract()
    {
        var csv = Schedule("schedule.cmplan", "--format=csv", Now).Out;
        Assert.StartsWith("\uFEFFdate,timezone,utc,channel,network,post,repost,text,link,media,alt,tags,status\r\n", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);

        // The webinar on x: its variant, both media (aligned alts), its status; after a DST change the local time it really goes out.
        Assert.Contains(
            "2027-03-31 12:30,Europe/Paris,2027-03-31T10:30:00Z,x,x,webinar,2,Webinar le 7 avril à 18h 🎉,https://example.org/webinar,"
            + "https://example.org/webinar.png | https://example.org/teaser.mp4,\"Affiche du webinar, 7 avril à 18h | \",,approved\r\n",
            csv,
            StringComparison.Ordinal);

        // On insta the plain text: a quoted field whose line break stays inside it.
        Assert.Contains(",instagram,webinar,0,\"Webinar « Animer sa communauté » le 7 avril à 18h ; inscrivez-vous, c'est gratuit !\nDétails", csv, StringComparison.Ordinal);
        var json = Schedule("schedule.cmplan", "--format=json", Now).Out;
        Assert.Equal(json.Split("\"post\"").Length, csv.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Ics_of_a_utc_plan() => Golden.Verify("cli/schedule-utc.ics", Schedule("utc.cmplan", "--format=ics", Now).Out);

    [Fact]
    public void Ics_lines_end_with_crlf_and_fit_75_octets()
    {
        var ics = Schedule("schedule.cmplan", "--format=ics", Now).Out;
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void Reads_stdin()
    {
        var run = Cmd.RunWithInput(temp.Path, File.ReadAllBytes(temp.Full("utc.cmplan")), "schedule", "-", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{\n  \"timezone\": \"UTC\",", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_errors_still_gets_a_schedule_and_a_warning_on_stderr()
    {
        var run = Cmd.RunWithInput(temp.Path, "post a\n\ton x\n", "schedule", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^cmplan: <stdin> has \d+ errors?: the schedule may be incomplete \(see cmplan check\)\n$", run.Error);
    }

    [Theory]
    [InlineData("schedule needs exactly one plan file")]
    [InlineData("schedule needs exactly one plan file", "schedule.cmplan", "utc.cmplan")]
    [InlineData("invalid --format 'sarif'", "schedule.cmplan", "--format", "sarif")]
    [InlineData("invalid --now 'x'", "schedule.cmplan", "--now", "x")]
    [InlineData("missing.cmplan: no such file or folder", "missing.cmplan")]
    [InlineData(". is a folder: schedule needs one plan file", ".")]
    [InlineData("unknown option '--config'", "schedule.cmplan", "--config", "c.json")]
    public void Bad_input_is_exit_2(string message, params string[] args) =>
        Cmd.Run(temp.Path, ["schedule", .. args]).AssertUsageError(message);
}
