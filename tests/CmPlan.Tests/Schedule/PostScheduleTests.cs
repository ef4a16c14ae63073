using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

public class PostScheduleTests
{
    [Fact]
    public void Post_without_repeat_publishes_once()
    {
        Assert.Equal(
            ["p x 2027-03-10T12:30:00+00:00 0"],
            Lines(OnePost("timezone UTC", "at 2027-03-10 12:30")));
    }

    [Fact]
    public void Monthly_repeat_multiplies_the_period_so_month_ends_stay_anchored()
    {
        Assert.Equal(
            [
                "2027-01-31T09:00:00+01:00",
                "2027-02-28T09:00:00+01:00",
                "2027-03-31T09:00:00+02:00",
                "2027-04-30T09:00:00+02:00",
                "2027-05-31T09:00:00+02:00",
            ],
            Times(OnePost("timezone Europe/Paris", "at 2027-01-31 09:00", "repeat every 1mo times 4")));
    }

    [Fact]
    public void Yearly_repeat_from_29_February_comes_back_to_it_in_leap_years()
    {
        Assert.Equal(
            [
                "2028-02-29T10:00:00+00:00",
                "2029-02-28T10:00:00+00:00",
                "2030-02-28T10:00:00+00:00",
                "2031-02-28T10:00:00+00:00",
                "2032-02-29T10:00:00+00:00",
            ],
            Times(OnePost("timezone UTC; end 2032-12-31", "at 2028-02-29 10:00", "repeat every 12mo times 4")));
    }

    [Fact]
    public void Repost_numbers_count_from_zero()
    {
        Assert.Equal(
            [
                "p x 2027-03-01T10:00:00+00:00 0",
                "p x 2027-03-08T10:00:00+00:00 1",
                "p x 2027-03-15T10:00:00+00:00 2",
            ],
            Lines(OnePost("timezone UTC", "at 2027-03-01 10:00", "repeat every 1w times 2")));
    }

    [Fact]
    public void Minutes_and_hours_are_local_durations()
    {
        Assert.Equal(
            ["2027-03-01T09:00:00+00:00", "2027-03-01T10:30:00+00:00", "2027-03-01T12:00:00+00:00"],
            Times(OnePost("timezone UTC", "at 2027-03-01 09:00", "repeat every 90min times 2")));
        Assert.Equal(
            ["2027-03-01T09:00:00+00:00", "2027-03-02T21:00:00+00:00"],
            Times(OnePost("timezone UTC", "at 2027-03-01 09:00", "repeat every 36h times 1")));
    }

    [Fact]
    public void Times_zero_means_no_repost()
    {
        Assert.Equal(
            ["2027-03-01T10:00:00+00:00"],
            Times(OnePost("timezone UTC", "at 2027-03-01 10:00", "repeat every 1d times 0")));
    }

    [Theory]
    [InlineData("repeat every 7d times 3 until 2027-03-15", "2027-03-15")] // until is earlier
    [InlineData("repeat every 7d until 2027-03-15 times 3", "2027-03-15")]
    [InlineData("repeat every 7d times 2 until 2027-03-31", "2027-03-15")] // times is earlier
    [InlineData("repeat every 7d until 2027-03-31 times 2", "2027-03-15")]
    [InlineData("repeat every 7d times 1 until 2027-03-08", "2027-03-08")] // both the same
    public void Times_and_until_in_either_order_the_earlier_bound_wins(string repeat, string last)
    {
        var times = Times(OnePost("timezone UTC", "at 2027-03-01 10:00", repeat));
        Assert.Equal("2027-03-01T10:00:00+00:00", times[0]);
        Assert.Equal($"{last}T10:00:00+00:00", times[^1]);
        Assert.All(times, t => Assert.EndsWith("T10:00:00+00:00", t, StringComparison.Ordinal));
    }

    [Fact]
    public void Until_as_a_date_includes_that_whole_day()
    {
        Assert.Equal(
            ["2027-03-01T23:30:00+00:00", "2027-03-02T23:30:00+00:00", "2027-03-03T23:30:00+00:00"],
            Times(OnePost("timezone UTC", "at 2027-03-01 23:30", "repeat every 1d until 2027-03-03")));
    }

    [Theory]
    [InlineData("2027-03-03 23:29", "2027-03-02T23:30:00+00:00")]
    [InlineData("2027-03-03 23:30", "2027-03-03T23:30:00+00:00")]
    public void Until_as_a_datetime_includes_that_minute_and_nothing_after(string until, string last)
    {
        var times = Times(OnePost("timezone UTC", "at 2027-03-01 23:30", $"repeat every 1d until {until}"));
        Assert.Equal(last, times[^1]);
    }

    [Fact]
    public void Plan_end_bounds_reposts_at_the_end_of_its_day()
    {
        Assert.Equal(
            ["2027-03-06T23:59:00+00:00", "2027-03-13T23:59:00+00:00", "2027-03-20T23:59:00+00:00"],
            Times(OnePost("timezone UTC; end 2027-03-20", "at 2027-03-06 23:59", "repeat every 7d")));
        Assert.Equal(
            ["2027-03-06T23:59:00+00:00", "2027-03-13T23:59:00+00:00"],
            Times(OnePost("timezone UTC; end 2027-03-19", "at 2027-03-06 23:59", "repeat every 7d times 5")));
    }

    [Fact]
    public void First_publication_exists_even_after_plan_end()
    {
        Assert.Equal(
            ["2027-04-01T09:00:00+00:00"],
            Times(OnePost("timezone UTC; end 2027-03-01", "at 2027-04-01 09:00", "repeat every 1d times 3")));
    }

    [Fact]
    public void Unbounded_repeat_stops_at_the_horizon_365_days_after_the_first_publication()
    {
        var times = Times(OnePost("timezone UTC", "at 2027-01-01 09:00", "repeat every 1d"));
        Assert.Equal(366, times.Length);
        Assert.Equal("2028-01-01T09:00:00+00:00", times[^1]);
    }

    [Fact]
    public void Horizon_is_365_days_not_a_calendar_year()
    {
        // 2027-01-31 + 365 days = 2028-01-31: the 12th monthly repost is exactly on the horizon.
        var common = Times(OnePost("timezone UTC", "at 2027-01-31 09:00", "repeat every 1mo"));
        Assert.Equal(13, common.Length);
        Assert.Equal("2028-01-31T09:00:00+00:00", common[^1]);

        // 2028-01-31 + 365 days = 2029-01-30, one day short of the 12th monthly repost.
        var leap = Times(OnePost("timezone UTC", "at 2028-01-31 09:00", "repeat every 1mo"));
        Assert.Equal(12, leap.Length);
        Assert.Equal("2028-12-31T09:00:00+00:00", leap[^1]);
    }

    [Fact]
    public void Plan_end_replaces_the_horizon()
    {
        var times = Times(OnePost("timezone UTC; end 2029-06-30", "at 2027-01-01 09:00", "repeat every 1mo"));
        Assert.Equal(30, times.Length);
        Assert.Equal("2029-06-01T09:00:00+00:00", times[^1]);
    }

    [Fact]
    public void Expires_does_not_stop_reposts()
    {
        Assert.Equal(
            4,
            Times(OnePost("timezone UTC", "at 2027-03-01 10:00", "repeat every 7d times 3", "expires 2027-03-10")).Length);
    }

    [Fact]
    public void Every_channel_of_the_post_gets_every_publication()
    {
        var plan = """
            channel x
            channel insta
              network instagram

            post p
              on x, insta
              at 2027-03-01 10:00
              repeat every 1d times 1
              text "Bonjour"
            """;
        Assert.Equal(
            [
                "p insta 2027-03-01T10:00:00+00:00 0",
                "p x 2027-03-01T10:00:00+00:00 0",
                "p insta 2027-03-02T10:00:00+00:00 1",
                "p x 2027-03-02T10:00:00+00:00 1",
            ],
            Lines(plan));
    }

    [Fact]
    public void Post_without_at_or_channel_has_no_publication()
    {
        Assert.Empty(Lines(OnePost("timezone UTC", "repeat every 1d times 3")));
        Assert.Empty(Lines("channel x\n\npost p\n  at 2027-03-01 10:00\n  text \"Bonjour\"\n"));
        Assert.Empty(Lines("channel x\n\npost p\n  on nowhere\n  at 2027-03-01 10:00\n  text \"Bonjour\"\n"));
    }
}
