using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>End to end: the test plans checked from a working folder, in every output format.</summary>
public class CheckGoldenTests : IDisposable
{
    private static readonly string[] Plans = ["spring", "broken", "emoji", "clean", "warnings"];

    private readonly TempFolder temp = new();

    public CheckGoldenTests()
    {
        foreach (var plan in Plans)
        {
            temp.CopyPlan($"{plan}.cmplan", $"plans/{plan}.cmplan");
        }
    }

    public void Dispose() => temp.Dispose();

    private CliRun Check(string format)
    {
        var run = Cmd.Run(temp.Path, "check", "plans", "--format", format, "--now", "2027-02-15");
        Assert.Equal("", run.Error);
        Assert.Equal(1, run.ExitCode);
        return run;
    }

    [Fact]
    public void Text() => Golden.Verify("cli/check.txt", Check("text").Out);

    [Fact]
    public void Json() => Golden.Verify("cli/check.json", Check("json").Out);

    [Fact]
    public void Sarif() => Golden.Verify("cli/check.sarif", Check("sarif").Out);

    [Fact]
    public void Github() => Golden.Verify("cli/check.github.txt", Check("github").Out);

    [Fact]
    public void Markdown() => Golden.Verify("cli/check.md", Check("markdown").Out);

    [Fact]
    public void Gitlab() => Golden.Verify("cli/check.gitlab.json", Check("gitlab").Out);
}
