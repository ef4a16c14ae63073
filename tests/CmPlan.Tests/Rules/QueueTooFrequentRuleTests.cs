using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class QueueTooFrequentRuleTests
{
    private const string Rule = RuleIds.QueueTooFrequent;

    // Line 7 is the queue header, whatever the policy (it comes after the queue).
    private static string Plan(string slots, string recycle = "times 2", string policy = "", string start = "2027-03-01", string items = "") =>
        $"plan \"P\"\n  timezone Europe/Paris\n  start {start}\n\nchannel x\n\nqueue astuces\n  on x\n  slots {slots}\n  recycle {recycle}\n\n"
        + "post a\n  queue astuces\n  text \"A\"\n\npost b\n  queue astuces\n  text \"B\"\n"
        + items + policy;

    [Fact]
    public void Fires_once_on_the_header_with_items_slots_gap_and_first_time()
    {
        var diagnostic = Assert.Single(Fires(Plan("daily 09:00"), Rule, "7:1-7:14"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Queue astuces has 2 items for 7 slots a week, so an item comes back after as little as 2 days, less than the policy minimum "
            + "of 7 days (min-interval 7d). It first happens on Wed 3 Mar 2027 09:00: a again, 2 days after Mon 1 Mar 2027 09:00. "
            + "Add items, use fewer slots, or recycle less.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void States_a_gap_shorter_than_a_day_in_hours()
    {
        var diagnostic = Assert.Single(Fires(Plan("daily 09:00 21:00", "times 3"), Rule, "7:1-7:14"));
        Assert.Contains("2 items for 14 slots a week, so an item comes back after as little as 1 day", diagnostic.Message, StringComparison.Ordinal);

        var single = Plan("daily 09:00 21:00", "times 3").Replace("post b\n  queue astuces\n  text \"B\"\n", "", StringComparison.Ordinal);
        var one = Assert.Single(Fires(single, Rule, "7:1-7:14"));
        Assert.Contains(
            "1 item for 14 slots a week, so an item comes back after as little as 12 hours, less than the policy minimum of 7 days (min-interval 7d). "
            + "It first happens on Mon 1 Mar 2027 21:00: a again, 12 hours after Mon 1 Mar 2027 09:00.",
            one.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_slots_per_week_as_distinct_weekday_and_time_pairs()
    {
        var diagnostic = Assert.Single(Fires(Plan("daily 09:00\n  slots mon, tue 09:00"), Rule, "7:1-7:14"));
        Assert.Contains("2 items for 7 slots a week", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mon, thu 09:00")] // a on Mondays, b on Thursdays: exactly 7 days each
    [InlineData("sun 09:00")]      // every 14 days
    public void Silent_at_or_above_min_interval(string slots) => Silent(Plan(slots, "times 3"), Rule);

    [Fact]
    public void Silent_without_recycle_each_item_going_out_once() =>
        Silent(Plan("daily 09:00").Replace("  recycle times 2\n", "", StringComparison.Ordinal), Rule);

    [Fact]
    public void Measures_in_local_time_so_a_weekly_slot_across_the_clock_change_is_a_week()
    {
        // One item every Sunday at 09:00 around 28 March 2027: 6 days 23 hours of real time, 7 days on the wall clock.
        var plan = Plan("sun 09:00", "times 3", start: "2027-03-21").Replace("post b\n  queue astuces\n  text \"B\"\n", "", StringComparison.Ordinal);
        Silent(plan, Rule);
        Fires(plan + "policy\n  min-interval 8d\n", Rule, "7:1-7:14");
    }

    [Fact]
    public void Fires_when_an_expiring_item_shortens_the_round()
    {
        // a, b, c on Mon, Wed, Fri: each weekly until b expires on 9 March, then a and c alternate.
        var plan = Plan("mon, wed, fri 12:00", "times 2", items: "\npost c\n  queue astuces\n  text \"C\"\n");
        Silent(plan, Rule);
        var expiring = plan.Replace("  text \"B\"\n", "  expires 2027-03-09\n  text \"B\"\n", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Fires(expiring, Rule, "7:1-7:14"));
        Assert.Equal(
            "Queue astuces has 3 items for 3 slots a week, so an item comes back after as little as 4 days, less than the policy minimum "
            + "of 7 days (min-interval 7d). It first happens on Wed 10 Mar 2027 12:00: c again, 5 days after Fri 5 Mar 2027 12:00. "
            + "Add items, use fewer slots, or recycle less.",
            diagnostic.Message);
    }

    [Fact]
    public void Reports_each_queue_on_its_own_header()
    {
        var plan = Plan("daily 09:00")
            + "\nqueue autres\n  on x\n  slots daily 18:00\n  recycle times 1\n\npost c\n  queue autres\n  text \"C\"\n";
        Fires(plan, Rule, "7:1-7:14", "20:1-20:13");
    }

    [Fact]
    public void Follows_the_policy_and_its_severity()
    {
        Silent(Plan("daily 09:00", policy: "\npolicy\n  min-interval 2d\n"), Rule);
        Fires(Plan("daily 09:00", policy: "\npolicy\n  min-interval 3d\n"), Rule, "7:1-7:14");
        Silent(Plan("daily 09:00", policy: "\npolicy\n  rule queue-too-frequent off\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("daily 09:00", policy: "\npolicy\n  rule queue-too-frequent error\n"), Rule, "7:1-7:14"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_the_queue_header() =>
        Silent(Plan("daily 09:00").Replace("queue astuces\n", "queue astuces  # cmplan-ignore queue-too-frequent\n", StringComparison.Ordinal), Rule);

    [Fact]
    public void Silent_on_a_queue_that_publishes_nothing()
    {
        Silent("channel x\n\nqueue vide\n  on x\n  slots daily 09:00\n  start 2027-03-01\n  recycle times 2\n", Rule);
        Silent("queue cassee\n  recycle times 2\n\npost a\n  queue cassee\n  text \"A\"\n", Rule);
    }
}
