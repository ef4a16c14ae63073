namespace CmPlan.Tests.Cli;

/// <summary>Exit codes against warnings, and <c>cmplan.json</c> settings reaching the rules (warnings.cmplan repeats every 3d: one repost-too-frequent).</summary>
public class CheckPolicyTests : IDisposable
{
    private readonly TempFolder temp = new();

    public CheckPolicyTests() => temp.CopyPlan("warnings.cmplan", "plans/warnings.cmplan");

    public void Dispose() => temp.Dispose();

    private CliRun Check(params string[] options) => Cmd.Run(temp.Path, ["check", "plans", "--now", "2027-02-15", .. options]);

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var run = Check();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning repost-too-frequent", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 problem (0 errors, 1 warning, 0 infos, 0 hints) in 1 file\nConfiguration: none (built-in defaults)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void More_warnings_than_max_warnings_exit_1()
    {
        Assert.Equal(0, Check("--max-warnings", "1").ExitCode);
        var run = Check("--max-warnings=0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning repost-too-frequent", run.Out, StringComparison.Ordinal);
        Assert.Equal("cmplan: too many warnings (1; --max-warnings is 0)\n", run.Error);
    }

    [Fact]
    public void Max_warnings_applies_to_every_format()
    {
        foreach (var format in new[] { "json", "sarif", "github" })
        {
            Assert.Equal(1, Check("--format", format, "--max-warnings", "0").ExitCode);
        }
    }

    [Fact]
    public void The_nearest_config_changes_severities()
    {
        temp.Write("cmplan.json", "{\"rules\": {\"repost-too-frequent\": \"off\"}}");
        Assert.Equal("No problems in 1 file\nConfiguration: cmplan.json\n", Check().Out);

        temp.Write("plans/cmplan.json", "{\"rules\": {\"repost-too-frequent\": \"error\"}}");
        var run = Check();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("plans/warnings.cmplan:6:16: error repost-too-frequent: ", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("\nConfiguration: plans/cmplan.json\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_config_changes_the_policy()
    {
        temp.Write("plans/cmplan.json", "{\"policy\": {\"minInterval\": \"3d\"}}");
        Assert.Equal("No problems in 1 file\nConfiguration: plans/cmplan.json\n", Check().Out);
    }

    [Fact]
    public void An_explicit_config_is_used_instead_of_the_nearest()
    {
        temp.Write("plans/cmplan.json", "{\"rules\": {\"repost-too-frequent\": \"error\"}}");
        temp.Write("ci/cmplan.json", "{\"rules\": {\"repost-too-frequent\": \"hint\"}}");
        var run = Check("--config", "ci/cmplan.json", "--max-warnings", "0");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hint repost-too-frequent", run.Out, StringComparison.Ordinal);
    }
}
