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
