using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Diffing;
using NodaTime;

namespace CmPlan.Tests.Cli.Diff;

/// <summary><see cref="PlanDiff.Compare"/> through the library: how diagnostics and texts are matched.</summary>
public sealed class PlanDiffTests
{
    private static readonly AnalysisOptions Options = new(PlanClock.At(Instant.FromUtc(2027, 2, 1, 0, 0)), ConfigFile.Empty);

    private static PlanDiff Compare(string before, string after) =>
        PlanDiff.Compare(PlanAnalyzer.Analyze(before, Options), PlanAnalyzer.Analyze(after, Options));

    [Fact]
    public void A_problem_whose_block_moved_down_is_neither_introduced_nor_resolved()
    {
        var plan = DiffPlans.Atelier(repeat: "every 14d times 3");
        var moved = plan.Replace("channel linkedin\n", "channel linkedin\n\nchannel bluesky\n", StringComparison.Ordinal);

        var diff = Compare(plan, moved);

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void One_more_problem_of_a_rule_in_a_block_is_introduced_and_the_one_already_there_is_kept()
    {
        var one = DiffPlans.Atelier(text: "Atelier 2026 🧵 #faitmain");
        var two = DiffPlans.Atelier(text: "Atelier 2026 🧵 #faitmain  ");

        var diff = Compare(one, two);

        var introduced = Assert.Single(diff.Introduced);
        Assert.Equal("whitespace", introduced.Rule);
        Assert.Empty(diff.Resolved);
        Assert.Equal(["atelier"], diff.TextChanged.ToArray());
    }

    [Fact]
    public void The_same_rule_in_another_block_is_one_resolved_and_one_introduced()
    {
        var before = DiffPlans.Atelier(text: "Soldes jusqu'au 20 mars 2027 🧵") + "post autre\n  on x\n  at 2027-03-05 10:00\n  repeat every 14d times 2\n  text \"Nos horaires 📅\"\n";
        var after = DiffPlans.Atelier(text: "Nos horaires 📅 #atelier") + "post autre\n  on x\n  at 2027-03-05 10:00\n  repeat every 14d times 2\n  text \"Soldes jusqu'au 20 mars 2027 🧵\"\n";

        var diff = Compare(before, after);

        Assert.Equal("dated-content", Assert.Single(diff.Introduced).Rule);
        Assert.Equal("dated-content", Assert.Single(diff.Resolved).Rule);
        Assert.Equal(["atelier", "autre"], diff.TextChanged.ToArray());
    }

    [Fact]
    public void A_new_plan_adds_every_publication_and_introduces_every_problem()
    {
        var after = PlanAnalyzer.Analyze(DiffPlans.Atelier(repeat: "every 14d times 3"), Options);

        var diff = PlanDiff.Compare(null, after);

        Assert.Equal(after.Schedule.Publications.ToArray(), diff.Added.ToArray());
        Assert.Equal(after.Diagnostics.ToArray(), diff.Introduced.ToArray());
        Assert.Empty(diff.TextChanged);
    }

    [Fact]
    public void Run_from_a_subfolder_paths_are_relative_to_it()
    {
        using var repo = new GitRepo();
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier()).Commit("plan");
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier(at: "2027-03-04 09:00"));

        var run = Cmd.Run(repo.Full("plans"), "diff", "--base", "HEAD", "--now", DiffPlans.Now);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("printemps.cmplan (modified)\n  ~ Thu 2027-03-04 09:00 +01:00  atelier on linkedin, first publication, was Wed 2027-03-03 12:30 +01:00\n", run.Out, StringComparison.Ordinal);
    }
}
