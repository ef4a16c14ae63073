using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

/// <summary>
/// Contract §4 (1.1): bounds compare instants, gaps compare nominal local date-times, min-gap compares
/// instants. Transitions checked with <c>zdump -v -c 2027,2028</c>: Europe/Paris skips 02:00–03:00 on
/// 28 Mar 2027 and repeats 02:00–03:00 on 31 Oct; America/New_York skips 02:00–03:00 on 14 Mar 2027.
/// </summary>
public class DstBoundsTests
{
    [Theory]
    [InlineData("Europe/Paris", "2027-03-27 02:30", "2027-03-28 03:00", "2027-03-27T02:30:00+01:00")]
    [InlineData("America/New_York", "2027-03-13 02:30", "2027-03-14 03:00", "2027-03-13T02:30:00-05:00")]
    public void An_until_does_not_let_a_moved_repost_through(string zone, string at, string until, string only)
    {
        // 02:30 does not exist on the day of the gap: the repost would go out at 03:30, after 03:00.
        var plan = OnePost($"timezone {zone}", $"at {at}", $"repeat every 1d until {until}");
        Assert.Equal([only], Times(plan));
        Assert.Contains(Plans.Analyze(plan).Diagnostics, d => d.Rule == RuleIds.IneffectiveRepeat);
    }

    [Fact]
    public void An_until_in_the_gap_bounds_at_the_instant_it_resolves_to()
    {
        // until 02:45 means 03:45: the 02:30 repost (03:30) and the 03:30 one are within, 04:30 is not.
        Assert.Equal(
            ["2027-03-28T01:30:00+01:00", "2027-03-28T03:30:00+02:00", "2027-03-28T03:30:00+02:00"],
            Times(OnePost("timezone Europe/Paris", "at 2027-03-28 01:30", "repeat every 1h until 2027-03-28 02:45")));
    }

    [Theory]
    [InlineData("Europe/Paris", "2027-03-28", "2027-03-28T03:30:00+02:00", "2027-03-29T02:30:00+02:00")]
    [InlineData("America/New_York", "2027-03-14", "2027-03-14T03:30:00-04:00", "2027-03-15T02:30:00-04:00")]
    public void A_queue_starting_after_the_gap_uses_that_days_moved_slot(string zone, string day, string first, string second)
    {
        var times = Times(OneQueue($"timezone {zone}", ["on x", "slots daily 02:30", $"start {day} 03:00", "recycle times 1"], "a"));
        Assert.Equal([first, second], times);
    }

    [Fact]
    public void A_plan_end_across_the_spring_gap_is_the_end_of_that_day()
    {
        var plan = OnePost("timezone Europe/Paris; end 2027-03-28", "at 2027-03-26 02:30", "repeat every 1d times 5");
        Assert.Equal(["2027-03-26T02:30:00+01:00", "2027-03-27T02:30:00+01:00", "2027-03-28T03:30:00+02:00"], Times(plan));
    }

    [Fact]
    public void A_plan_end_across_the_autumn_overlap_is_the_end_of_that_day()
    {
        // Hourly in local time: 02:00 is the earlier (summer) one, the repeated hour is not a second 02:00.
        var times = Times(OnePost("timezone Europe/Paris; end 2027-10-31", "at 2027-10-30 23:00", "repeat every 1h times 100"));
        Assert.Equal(25, times.Length);
        Assert.Equal("2027-10-31T02:00:00+02:00", times[3]);
        Assert.Equal("2027-10-31T03:00:00+01:00", times[4]);
        Assert.Equal("2027-10-31T23:00:00+01:00", times[^1]);
    }

    [Theory]
    [InlineData("Europe/Paris", "2027-03-26", "Sun 28 Mar 2027 03:30", "Fri 26 Mar 2027 02:30")]
    [InlineData("America/New_York", "2027-03-12", "Sun 14 Mar 2027 03:30", "Fri 12 Mar 2027 02:30")]
    public void A_two_item_daily_queue_brings_an_item_back_after_two_days_across_the_gap(string zone, string start, string again, string before)
    {
        var plan = OneQueue($"timezone {zone}", ["on x", "slots daily 02:30", $"start {start}", "recycle times 3"], "a", "b");
        var diagnostic = Assert.Single(Plans.Analyze(plan).Diagnostics, d => d.Rule == RuleIds.QueueTooFrequent);
        Assert.Equal(
            "Queue q has 2 items for 7 slots a week, so an item comes back after as little as 2 days, less than the policy minimum of "
            + $"7 days (min-interval 7d). It first happens on {again}: a again, 2 days after {before}. Add items, use fewer slots, or recycle less.",
            diagnostic.Message);
    }

    [Fact]
    public void A_weekly_repost_across_the_gap_is_exactly_a_week()
    {
        var plan = OnePost("timezone Europe/Paris", "at 2027-03-21 02:30", "repeat every 7d times 1");
        Assert.Equal(["2027-03-21T02:30:00+01:00", "2027-03-28T03:30:00+02:00"], Times(plan));
        Assert.DoesNotContain(Plans.Analyze(plan).Diagnostics, d => d.Rule is RuleIds.RepostTooFrequent or RuleIds.SpanTooLong);
    }

    [Fact]
    public void Max_span_is_measured_on_nominal_times()
    {
        // 7 days nominal from 21 to 28 March, though 7 days 1 hour by the clock: within max-span 7d.
        var plan = "policy\n  max-span 7d\n  min-interval 1d\n\n" + OnePost("timezone Europe/Paris", "at 2027-03-21 02:30", "repeat every 7d times 1");
        Assert.DoesNotContain(Plans.Analyze(plan).Diagnostics, d => d.Rule == RuleIds.SpanTooLong);
    }

    [Theory]
    [InlineData("Europe/Paris", "2027-03-28", "Sun 28 Mar 2027 03:50", "Sun 28 Mar 2027 03:45")]
    [InlineData("America/New_York", "2027-03-14", "Sun 14 Mar 2027 03:50", "Sun 14 Mar 2027 03:45")]
    public void Min_gap_compares_instants(string zone, string day, string moved, string written)
    {
        // a is written 02:50 and goes out 03:50; b goes out 03:45: five minutes apart, though 55 minutes nominally.
        var plan = $"plan \"G\"\n  timezone {zone}\n\nchannel x\n\npost a\n  on x\n  at {day} 02:50\n  text \"A\"\n\npost b\n  on x\n  at {day} 03:45\n  text \"B\"\n";
        var diagnostic = Assert.Single(Plans.Analyze(plan).Diagnostics, d => d.Rule == RuleIds.SlotConflict);
        Assert.Equal(
            $"The first publication of a on x ({moved}) comes only 5 minutes after the first publication of b ({written}), "
            + "closer than the policy's min-gap of 10 minutes (min-gap 10min). Space them out.",
            diagnostic.Message);
    }

    [Fact]
    public void Two_publications_a_gap_moves_onto_one_instant_conflict()
    {
        var plan = "plan \"G\"\n  timezone Europe/Paris\n\nchannel x\n\npost a\n  on x\n  at 2027-03-28 03:30\n  text \"A\"\n\npost b\n  on x\n  at 2027-03-28 02:30\n  text \"B\"\n";
        var diagnostic = Assert.Single(Plans.Analyze(plan).Diagnostics, d => d.Rule == RuleIds.SlotConflict);
        Assert.StartsWith("The first publication of b on x (Sun 28 Mar 2027 03:30) comes at the same time as the first publication of a,", diagnostic.Message);
    }
}
