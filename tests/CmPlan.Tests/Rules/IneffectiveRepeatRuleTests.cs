using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>Line 9 holds the repeat, its value from column 10.</summary>
public class IneffectiveRepeatRuleTests
{
    private const string Rule = RuleIds.IneffectiveRepeat;

    private static string Plan(string repeat, string at = "2027-03-10 12:00", string plan = "timezone Europe/Paris") =>
        $"plan \"Boutique\"\n  {plan.Replace("; ", "\n  ", StringComparison.Ordinal)}\n\nchannel instagram\n\npost atelier\n  on instagram\n  at {at}\n  repeat {repeat}\n  text \"Atelier bougies parfumées 🕯️ samedi, inscriptions en boutique\"\n";

    [Fact]
    public void Fires_on_times_zero_with_an_unsafe_fix_that_deletes_the_line()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 0"), Rule, "9:10-9:26"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "This repeat gives no repost: 'times 0' allows no repost, so the post goes out once, on Wed 10 Mar 2027 12:00. "
            + "Delete the repeat, or give it the number of reposts you want ('times 2').",
            diagnostic.Message);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.False(fix.IsSafe);
        Assert.Equal("Delete the 'repeat' line", fix.Title);
        Assert.Equal(Plan("x").Replace("  repeat x\n", string.Empty, StringComparison.Ordinal), FixRoundTrip(Plan("every 7d times 0"), Rule));
    }

    [Fact]
    public void Fires_on_an_until_before_the_first_repost()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 7d until 2027-03-16"), Rule, "9:10-9:35"));
        Assert.Equal(
            "This repeat gives no repost: 'until 2027-03-16' comes before the first repost (Wed 17 Mar 2027 12:00), so the post goes out once, "
            + "on Wed 10 Mar 2027 12:00. Delete the repeat, or move 'until' after the first repost.",
            diagnostic.Message);
        Silent(Plan("every 7d until 2027-03-17"), Rule);
    }

    [Fact]
    public void Fires_when_the_plan_ends_before_the_first_repost()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 3", plan: "timezone Europe/Paris; end 2027-03-16"), Rule, "10:10-10:26"));
        Assert.StartsWith("This repeat gives no repost: the plan ends on Tue 16 Mar 2027, before the first repost (Wed 17 Mar 2027 12:00)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_when_the_first_repost_is_past_the_horizon()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 24mo times 3"), Rule, "9:10-9:28"));
        Assert.Equal(
            "This repeat gives no repost: the first repost (Sat 10 Mar 2029 12:00) is past the schedule's horizon, 365 days after the first publication "
            + "when the plan has no 'end', so the post goes out once, on Wed 10 Mar 2027 12:00. Delete the repeat, or repeat more often, or give the plan an 'end'.",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("Europe/Paris", "2027-03-27 02:30", "2027-03-28 03:00")]
    [InlineData("America/New_York", "2027-03-13 02:30", "2027-03-14 03:00")]
    public void Compares_the_until_with_the_instant_a_dst_gap_moves_the_repost_to(string zone, string at, string until)
    {
        // The first repost is written 02:30 on the day of the gap: it goes out at 03:30, after the until.
        var diagnostic = Assert.Single(Fires(Plan($"every 1d until {until}", at, $"timezone {zone}"), Rule, "9:10-9:41"));
        Assert.Contains($"comes before the first repost ({(zone == "Europe/Paris" ? "Sun 28 Mar" : "Sun 14 Mar")} 2027 03:30)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_an_unbounded_repeat_too_when_the_plan_ends_before_its_first_repost()
    {
        var plan = Plan("every 7d", plan: "timezone Europe/Paris; end 2027-03-16");
        Fires(plan, Rule, "10:10-10:18");
        Fires(plan, RuleIds.UnboundedRepost, "10:10-10:18");
    }

    [Theory]
    [InlineData("every 7d times 1")]
    [InlineData("every 7d")]
    [InlineData("every 1d until 2027-03-11 12:00")]
    public void Silent_when_a_repost_goes_out(string repeat) => Silent(Plan(repeat), Rule);

    [Fact]
    public void Never_together_with_truncated_schedule()
    {
        var plan = Plan("every 7d times 5", plan: "timezone Europe/Paris; end 2027-03-16");
        Fires(plan, Rule, "10:10-10:26");
        Silent(plan, RuleIds.TruncatedSchedule);
    }

    [Fact]
    public void No_fix_when_the_block_has_two_repeat_lines()
    {
        var plan = Plan("every 7d times 0").Replace("  text", "  repeat every 1d times 2\n  text", StringComparison.Ordinal);
        Assert.Empty(Assert.Single(Fires(plan, Rule, "9:10-9:26")).Fixes);
    }

    [Fact]
    public void Can_be_silenced_or_turned_off()
    {
        Silent(Plan("every 7d times 0  # cmplan-ignore ineffective-repeat"), Rule);
        Silent(Plan("every 7d times 0", plan: "timezone Europe/Paris\n\npolicy\n  rule ineffective-repeat off"), Rule);
    }
}
