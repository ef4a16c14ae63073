using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.Diff;

/// <summary>One change to three plans (a repost added, a queue item inserted, a plan renamed and moved across the DST night), in every format.</summary>
public sealed class DiffGoldenTests : IDisposable
{
    private readonly GitRepo repo = new();

    public DiffGoldenTests()
    {
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier())
            .Write("plans/astuces.cmplan", DiffPlans.Astuces("astuce-1", "astuce-2", "astuce-3"))
            .Write("plans/nuit.cmplan", DiffPlans.Nuit("2027-03-21 02:30"))
            .Commit("plans");
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3"))
            .Write("plans/astuces.cmplan", DiffPlans.Astuces("astuce-1", "astuce-bis", "astuce-2", "astuce-3"));
        repo.Git("mv", "plans/nuit.cmplan", "plans/heure-ete.cmplan");
        repo.Write("plans/heure-ete.cmplan", DiffPlans.Nuit("2027-03-21 09:00"));
    }

    public void Dispose() => repo.Dispose();

    private string Diff(string format)
    {
        var run = repo.Cmplan("diff", "--base", "HEAD", "--format", format, "--now", DiffPlans.Now);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        return run.Out;
    }

    [Fact]
    public void Text() => Golden.Verify("cli/diff.txt", Diff("text"));

    [Fact]
    public void Markdown() => Golden.Verify("cli/diff.md", Diff("markdown"));

    [Fact]
    public void Json() => Golden.Verify("cli/diff.json", Diff("json"));
}
