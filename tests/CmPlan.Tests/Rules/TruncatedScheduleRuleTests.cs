using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Schedule;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>Line 10 holds the repeat of a post on two channels, its value from column 10.</summary>
public class TruncatedScheduleRuleTests
{
    private const string Rule = RuleIds.TruncatedSchedule;

    private static string Plan(string repeat, string at = "2027-03-10 12:00", string plan = "timezone Europe/Paris") =>
        $"plan \"Boutique\"\n  {plan.Replace("; ", "\n  ", StringComparison.Ordinal)}\n\nchannel instagram\nchannel x\n\npost soldes\n  on instagram, x\n  at {at}\n  repeat {repeat}\n  text \"Soldes d'été : -30 % sur les carnets en lin ✂️\"\n";

    [Fact]
    public void Names_the_plan_end_and_counts_each_channel()
    {
        // times 10 from 10 March, weekly; the plan ends 31 March: 3 reposts go out, 7 × 2 publications do not.
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 10", plan: "timezone Europe/Paris; end 2027-03-31"), Rule, "11:10-11:27"));
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal(
            "'times 10' allows 10 reposts, but the plan's end (Wed 31 Mar 2027) cuts the schedule after 3 reposts (the last on Wed 31 Mar 2027): "
            + "14 publications do not go out, from Wed 7 Apr 2027 12:00. Move the plan's 'end' later, or lower the bound to what goes out.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Names_the_horizon_for_an_until_years_away()
    {
        // Weekly from Wed 10 Mar 2027 until 1 Jan 2035: 407 reposts allowed, 52 within a year.
        var diagnostic = Assert.Single(Fires(Plan("every 7d until 2035-01-01"), Rule, "10:10-10:35"));
        Assert.Equal(
            "'until 2035-01-01' allows 407 reposts, but the schedule's horizon (365 days after the first publication, as the plan has no 'end') "
            + "cuts the schedule after 52 reposts (the last on Wed 8 Mar 2028): 710 publications do not go out, from Wed 15 Mar 2028 12:00. "
            + "Give the plan an 'end', or lower the bound to what goes out.",
            diagnostic.Message);
    }

    [Fact]
    public void The_earlier_of_times_and_until_is_what_is_allowed()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 100 until 2027-04-30", plan: "timezone Europe/Paris; end 2027-03-31"), Rule, "11:10-11:45"));
        Assert.StartsWith("'until 2027-04-30' allows 7 reposts, but the plan's end (Wed 31 Mar 2027) cuts the schedule after 3 reposts", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("every 7d times 3")]
    [InlineData("every 7d until 2027-03-31")]
    [InlineData("every 7d")] // unbounded-repost's to report
    [InlineData("every 7d times 0")] // ineffective-repeat's
    public void Silent_when_nothing_allowed_is_cut(string repeat) =>
        Silent(Plan(repeat, plan: "timezone Europe/Paris; end 2027-03-31"), Rule);

    [Fact]
    public void A_queue_recycle_cut_by_the_plan_end()
    {
        var plan = ScheduleText.OneQueue(
            "timezone Europe/Paris; start 2027-03-01; end 2027-03-10",
            ["on x, insta", "slots mon, thu 09:00", "recycle times 5"],
            "a", "b");
        // 3 passes of 2 items = 6 slots, but only 3 slots (1, 4, 8 March) before the end: 9 × 2 publications do not go out.
        var diagnostic = Assert.Single(Fires(plan, Rule, "12:11-12:18"));
        Assert.Equal(
            "Recycling is cut by the plan's end (Wed 10 Mar 2027) before its own bound (times 5): 18 publications that it allows do not go out. "
            + "Move the plan's 'end' later, or recycle less.",
            diagnostic.Message);
    }

    [Fact]
    public void A_queue_whose_recycle_ends_first_is_silent() =>
        Silent(
            ScheduleText.OneQueue("timezone Europe/Paris; start 2027-03-01; end 2027-03-31", ["on x", "slots mon, thu 09:00", "recycle until 2027-03-20"], "a", "b"),
            Rule);

    [Fact]
    public void A_first_publication_past_the_calendar_is_explained()
    {
        // 9999-12-31 15:00 in Honolulu (UTC-10) is already the year 10000 in UTC: nothing goes out.
        var plan = "plan \"Fin\"\n  timezone Pacific/Honolulu\n\nchannel x\n\npost dernier\n  on x\n  at 9999-12-31 15:00\n  text \"Aloha\"\n";
        Assert.Empty(ScheduleText.Times(plan));
        var diagnostic = Assert.Single(Fires(plan, Rule, "8:6-8:22"));
        Assert.Equal(
            "Fri 31 Dec 9999 15:00 in Pacific/Honolulu falls after the end of the calendar (9999-12-31 23:59 UTC): 1 publication does not go out. Publish earlier.",
            diagnostic.Message);
    }

    [Fact]
    public void Reposts_past_the_calendar_are_explained()
    {
        var plan = Plan("every 1h times 48", at: "9999-12-31 20:00", plan: "timezone UTC; end 9999-12-31");
        var diagnostic = Assert.Single(Fires(plan, Rule, "11:10-11:27"));
        Assert.StartsWith("'times 48' allows 48 reposts, but the calendar's end (9999-12-31) cuts the schedule after 3 reposts", diagnostic.Message, StringComparison.Ordinal);
    }
}
