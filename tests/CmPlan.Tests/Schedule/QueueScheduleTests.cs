using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

/// <summary>Queue rotation (contract §4). 2027-03-01 is a Monday.</summary>
public class QueueScheduleTests
{
    private const string Utc = "timezone UTC; start 2027-03-01";

    private static readonly string[] Daily = ["on x", "slots daily 09:00"];

    [Fact]
    public void Without_recycle_each_item_is_published_once_in_file_order()
    {
        Assert.Equal(
            [
                "a x 2027-03-01T09:00:00+00:00 0",
                "b x 2027-03-02T09:00:00+00:00 0",
                "c x 2027-03-03T09:00:00+00:00 0",
            ],
            Lines(OneQueue(Utc, Daily, "a", "b", "c")));
    }

    [Fact]
    public void Items_keep_file_order_not_id_order()
    {
        Assert.Equal(
            ["zed x 2027-03-01T09:00:00+00:00 0", "abc x 2027-03-02T09:00:00+00:00 0"],
            Lines(OneQueue(Utc, Daily, "zed", "abc")));
    }

    [Fact]
    public void Recycle_times_allows_that_many_further_passes()
    {
        Assert.Equal(
            [
                "a x 2027-03-01T09:00:00+00:00 0",
                "b x 2027-03-02T09:00:00+00:00 0",
                "a x 2027-03-03T09:00:00+00:00 1",
                "b x 2027-03-04T09:00:00+00:00 1",
                "a x 2027-03-05T09:00:00+00:00 2",
                "b x 2027-03-06T09:00:00+00:00 2",
            ],
            Lines(OneQueue(Utc, [.. Daily, "recycle times 2"], "a", "b")));
    }

    [Fact]
    public void Recycle_until_a_date_stops_after_that_whole_day()
    {
        Assert.Equal(
            [
                "a x 2027-03-01T09:00:00+00:00 0",
                "b x 2027-03-02T09:00:00+00:00 0",
                "c x 2027-03-03T09:00:00+00:00 0",
                "a x 2027-03-04T09:00:00+00:00 1",
                "b x 2027-03-05T09:00:00+00:00 1",
            ],
            Lines(OneQueue(Utc, [.. Daily, "recycle until 2027-03-05"], "a", "b", "c")));
    }

    [Fact]
    public void Recycle_until_a_datetime_stops_at_the_first_slot_after_it()
    {
        Assert.Equal(
            ["2027-03-01T09:00:00+00:00", "2027-03-02T09:00:00+00:00", "2027-03-03T09:00:00+00:00", "2027-03-04T09:00:00+00:00"],
            Times(OneQueue(Utc, [.. Daily, "recycle until 2027-03-05 08:59"], "a", "b", "c")));
        Assert.Equal(
            5,
            Times(OneQueue(Utc, [.. Daily, "recycle until 2027-03-05 09:00"], "a", "b", "c")).Length);
    }

    [Theory]
    [InlineData("recycle until 2027-03-31 times 1", 4)] // times is earlier: two passes
    [InlineData("recycle until 2027-03-03 times 5", 3)] // until is earlier
    public void Recycle_times_and_until_the_earlier_bound_wins(string recycle, int count)
    {
        Assert.Equal(count, Times(OneQueue(Utc, [.. Daily, recycle], "a", "b")).Length);
    }

    [Fact]
    public void An_expired_item_is_skipped_from_then_on()
    {
        // b is live until the end of 03-04: published in the first pass, skipped in the next ones.
        Assert.Equal(
            [
                "a x 2027-03-01T09:00:00+00:00 0",
                "b x 2027-03-02T09:00:00+00:00 0",
                "c x 2027-03-03T09:00:00+00:00 0",
                "a x 2027-03-04T09:00:00+00:00 1",
                "c x 2027-03-05T09:00:00+00:00 1",
                "a x 2027-03-06T09:00:00+00:00 2",
                "c x 2027-03-07T09:00:00+00:00 2",
            ],
            Lines(OneQueue(Utc, [.. Daily, "recycle times 2"], "a", "b; expires 2027-03-04", "c")));
    }

    [Fact]
    public void An_item_expired_before_its_first_turn_is_never_published()
    {
        Assert.Equal(
            ["a x 2027-03-01T09:00:00+00:00 0", "c x 2027-03-02T09:00:00+00:00 0"],
            Lines(OneQueue(Utc, Daily, "a", "b; expires 2027-03-01 23:59", "c")));
    }

    [Fact]
    public void Expiry_is_judged_at_the_slot_to_the_minute()
    {
        Assert.Equal(
            ["a x 2027-03-01T09:00:00+00:00 0", "b x 2027-03-02T09:00:00+00:00 0"],
            Lines(OneQueue(Utc, Daily, "a", "b; expires 2027-03-02 09:00")));
        Assert.Equal(
            ["a x 2027-03-01T09:00:00+00:00 0"],
            Lines(OneQueue(Utc, Daily, "a", "b; expires 2027-03-02 08:59")));
    }

    [Fact]
    public void The_queue_stops_when_no_live_item_remains()
    {
        // Unbounded recycle, but both items expire: a on 03-02, b on 03-03.
        Assert.Equal(
            [
                "a x 2027-03-01T09:00:00+00:00 0",
                "b x 2027-03-02T09:00:00+00:00 0",
                "b x 2027-03-03T09:00:00+00:00 1",
            ],
            Lines(OneQueue(
                Utc,
                [.. Daily, "recycle until 2099-12-31"],
                "a; expires 2027-03-02",
                "b; expires 2027-03-03")));
    }

    [Fact]
    public void A_queue_whose_items_all_expired_before_start_publishes_nothing()
    {
        Assert.Empty(Lines(OneQueue(Utc, [.. Daily, "recycle times 3"], "a; expires 2027-02-28", "b; expires 2027-02-01")));
    }

    [Fact]
    public void Plan_end_stops_the_queue()
    {
        Assert.Equal(
            ["2027-03-01T09:00:00+00:00", "2027-03-02T09:00:00+00:00", "2027-03-03T09:00:00+00:00"],
            Times(OneQueue("timezone UTC; start 2027-03-01; end 2027-03-03", [.. Daily, "recycle times 100"], "a")));
    }

    [Fact]
    public void Horizon_is_365_days_after_the_queue_first_publication()
    {
        // The start is after that day's slot, so the first publication is on 03-01,
        // and 2027-03-01 + 365 days is 2028-02-29.
        var times = Times(OneQueue(
            "timezone UTC",
            ["on x", "slots daily 09:00", "start 2027-02-28 10:00", "recycle times 1000"],
            "a"));
        Assert.Equal("2027-03-01T09:00:00+00:00", times[0]);
        Assert.Equal("2028-02-29T09:00:00+00:00", times[^1]);
        Assert.Equal(366, times.Length);
    }

    [Fact]
    public void Slots_start_at_or_after_the_queue_start()
    {
        Assert.Equal(
            ["2027-03-01T12:00:00+00:00", "2027-03-01T18:00:00+00:00", "2027-03-02T09:00:00+00:00"],
            Times(OneQueue(
                "timezone UTC",
                ["on x", "slots daily 09:00 12:00 18:00", "start 2027-03-01 12:00"],
                "a", "b", "c")));
    }

    [Fact]
    public void Queue_without_its_own_start_takes_the_plan_start()
    {
        Assert.Equal(
            ["2027-03-01T09:00:00+00:00"],
            Times(OneQueue(Utc, Daily, "a")));
    }

    [Fact]
    public void Slots_of_several_lines_merge_into_one_time_order()
    {
        // Monday 09:00 is in both lines: one slot.
        Assert.Equal(
            [
                "a x 2027-03-01T09:00:00+00:00 0",
                "b x 2027-03-01T12:00:00+00:00 0",
                "c x 2027-03-02T09:00:00+00:00 0",
                "d x 2027-03-03T09:00:00+00:00 0",
            ],
            Lines(OneQueue(Utc, ["on x", "slots mon 12:00 09:00", "slots daily 09:00"], "a", "b", "c", "d")));
    }

    [Fact]
    public void Slots_that_map_to_one_instant_merge()
    {
        // Sunday 2027-03-28 in Paris: 02:30 does not exist and lands on 03:30, which is a slot too.
        Assert.Equal(
            [
                "a x 2027-03-28T03:30:00+02:00 0",
                "b x 2027-04-04T02:30:00+02:00 0",
                "c x 2027-04-04T03:30:00+02:00 0",
            ],
            Lines(OneQueue(
                "timezone Europe/Paris; start 2027-03-28",
                ["on x", "slots sun 02:30 03:30"],
                "a", "b", "c")));
    }

    [Fact]
    public void Slots_are_in_instant_order_when_a_gap_reorders_them()
    {
        // 02:30 moves to 03:30, after the 03:00 slot.
        Assert.Equal(
            ["a x 2027-03-28T03:00:00+02:00 0", "b x 2027-03-28T03:30:00+02:00 0"],
            Lines(OneQueue(
                "timezone Europe/Paris; start 2027-03-28",
                ["on x", "slots sun 02:30 03:00"],
                "a", "b")));
    }

    [Fact]
    public void A_day_long_gap_merges_slots_across_midnight()
    {
        // Samoa skipped 30 December 2011: its slots move 24h forward onto those of the 31st.
        Assert.Equal(
            [
                "a x 2011-12-29T09:00:00-10:00 0",
                "b x 2011-12-29T10:00:00-10:00 0",
                "c x 2011-12-31T09:00:00+14:00 0",
                "d x 2011-12-31T10:00:00+14:00 0",
                "e x 2012-01-01T09:00:00+14:00 0",
            ],
            Lines(OneQueue(
                "timezone Pacific/Apia; start 2011-12-29",
                ["on x", "slots daily 10:00 09:00"],
                "a", "b", "c", "d", "e")));
    }

    [Fact]
    public void Every_slot_goes_on_every_channel_of_the_queue()
    {
        Assert.Equal(
            [
                "a insta 2027-03-01T09:00:00+00:00 0",
                "a x 2027-03-01T09:00:00+00:00 0",
                "b insta 2027-03-02T09:00:00+00:00 0",
                "b x 2027-03-02T09:00:00+00:00 0",
                "a insta 2027-03-03T09:00:00+00:00 1",
                "a x 2027-03-03T09:00:00+00:00 1",
            ],
            Lines(OneQueue(Utc, ["on x, insta", "slots daily 09:00", "recycle until 2027-03-03"], "a", "b")));
    }

    [Fact]
    public void Publications_name_their_queue()
    {
        var publication = Assert.Single(Expand(OneQueue(Utc, Daily, "a")).Publications);
        Assert.Equal("q", publication.Queue);
    }

    [Fact]
    public void Queue_without_items_slots_or_start_publishes_nothing()
    {
        Assert.Empty(Lines(OneQueue(Utc, Daily)));
        Assert.Empty(Lines(OneQueue(Utc, ["on x"], "a")));
        Assert.Empty(Lines(OneQueue("timezone UTC", Daily, "a")));
    }
}
