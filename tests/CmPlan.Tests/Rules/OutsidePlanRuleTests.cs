using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class OutsidePlanRuleTests
{
    private const string Rule = RuleIds.OutsidePlan;

    // Line 10 holds the at (columns 6 to 22), one line up per missing bound.
    private static string Plan(string at, string bounds = "  start 2027-03-01\n  end 2027-06-30\n", string repeat = "", string policy = "") =>
        $"plan \"P\"\n  timezone Europe/Paris\n{bounds}\n{policy}channel x\n\npost a\n  on x\n  at {at}\n{(repeat.Length == 0 ? "" : $"  repeat {repeat}\n")}  text \"A\"\n";

    [Fact]
    public void Fires_before_the_start()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-02-28 23:59"), Rule, "10:6-10:22"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "This post is first published on Sun 28 Feb 2027 23:59, before the plan starts on Mon 1 Mar 2027. Move it into the plan, or start the plan earlier.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Fires_after_the_end()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-07-01 00:00"), Rule, "10:6-10:22"));
        Assert.Equal(
            "This post is first published on Thu 1 Jul 2027 00:00, after the plan ends on Wed 30 Jun 2027. Move it into the plan, or end the plan later.",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("2027-03-01 00:00")]
    [InlineData("2027-06-30 23:59")]
    public void Silent_on_the_first_and_the_last_day(string at) => Silent(Plan(at), Rule);

    [Fact]
    public void Checks_only_the_bounds_the_plan_has()
    {
        Silent(Plan("2020-01-01 09:00", ""), Rule);
        Silent(Plan("2030-01-01 09:00", "  start 2027-03-01\n"), Rule);
        Fires(Plan("2027-02-01 09:00", "  start 2027-03-01\n"), Rule, "9:6-9:22");
        Silent(Plan("2020-01-01 09:00", "  end 2027-06-30\n"), Rule);
        Fires(Plan("2027-07-01 09:00", "  end 2027-06-30\n"), Rule, "9:6-9:22");
    }

    [Fact]
    public void Silent_on_reposts_that_the_end_stops() =>
        Silent(Plan("2027-06-29 09:00", repeat: "every 7d times 3"), Rule);

    [Fact]
    public void Silent_on_queue_items()
    {
        var plan = "plan \"P\"\n  start 2027-03-01\n  end 2027-03-02\n\nchannel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-01-01\n\n"
            + "post a\n  queue q\n  text \"A\"\n";
        Silent(plan, Rule);
    }

    [Fact]
    public void Follows_its_severity()
    {
        Silent(Plan("2027-02-28 09:00", policy: "policy\n  rule outside-plan off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-02-28 09:00", policy: "policy\n  rule outside-plan error\n\n"), Rule, "13:6-13:22"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_its_line() =>
        Silent(Plan("2027-02-28 09:00  # cmplan-ignore outside-plan"), Rule);
}
