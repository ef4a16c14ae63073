using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class AmbiguousTimeRuleTests
{
    private const string Rule = RuleIds.AmbiguousTime;

    // Line 8 holds the at (columns 6 to 22), line 9 the optional repeat (from column 10).
    private static string Plan(string at, string repeat = "", string zone = "Europe/Paris", string policy = "") =>
        $"plan \"P\"\n  timezone {zone}\n\n{policy}channel x\n\npost a\n  on x\n  at {at}\n{(repeat.Length == 0 ? "" : $"  repeat {repeat}\n")}  text \"A\"\n";

    [Fact]
    public void Fires_on_an_at_in_the_autumn_overlap_without_a_fix()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-10-31 02:30"), Rule, "8:6-8:22"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Sun 31 Oct 2027 02:30 happens twice in Europe/Paris: that night the clocks go back from 03:00 to 02:00. "
            + "It is read as the first one (UTC+02:00), not the second (UTC+01:00). Write a time outside the change to remove the doubt.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("2027-10-31 02:00")]
    [InlineData("2027-10-31T02:59")]
    public void Fires_throughout_the_overlap(string at) => Fires(Plan(at), Rule, "8:6-8:22");

    [Theory]
    [InlineData("2027-10-31 01:59")]
    [InlineData("2027-10-31 03:00")]
    [InlineData("2027-10-30 02:30")]
    [InlineData("2027-03-28 02:30")]
    public void Silent_on_times_that_happen_once_or_never(string at) => Silent(Plan(at), Rule);

    [Fact]
    public void Follows_the_zone_of_the_plan()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-11-07 01:30", zone: "America/New_York"), Rule, "8:6-8:22"));
        Assert.Equal(
            "Sun 7 Nov 2027 01:30 happens twice in America/New_York: that night the clocks go back from 02:00 to 01:00. "
            + "It is read as the first one (UTC-04:00), not the second (UTC-05:00). Write a time outside the change to remove the doubt.",
            diagnostic.Message);
        Silent(Plan("2027-11-07 02:30", zone: "America/New_York"), Rule);
        Silent(Plan("2027-10-31 02:30", zone: "UTC"), Rule);
    }

    [Fact]
    public void Fires_on_until_and_queue_start_but_not_on_a_computed_repost()
    {
        // The weekly repost lands on 31 October 02:30, but nobody wrote that time.
        Silent(Plan("2027-10-24 02:30", "every 7d times 2"), Rule);
        Fires(Plan("2027-10-24 09:00", "every 7d until 2027-10-31 02:30"), Rule, "9:25-9:41");
        Silent(Plan("2027-10-24 09:00", "every 7d until 2027-10-31"), Rule);

        var queue = "plan \"P\"\n  timezone Europe/Paris\n\nchannel x\n\nqueue q\n  on x\n  slots daily 09:00\n"
            + "  start 2027-10-31 02:30\n  recycle until 2027-10-31T02:45\n\npost a\n  queue q\n  text \"A\"\n";
        Fires(queue, Rule, "9:9-9:25", "10:17-10:33");
    }

    [Fact]
    public void Follows_its_severity()
    {
        Silent(Plan("2027-10-31 02:30", policy: "policy\n  rule ambiguous-time off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-10-31 02:30", policy: "policy\n  rule ambiguous-time error\n\n"), Rule, "11:6-11:22"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_for_the_block() =>
        Silent(Plan("2027-10-31 02:30").Replace("post a\n", "post a  # cmplan-ignore ambiguous-time\n", StringComparison.Ordinal), Rule);
}
