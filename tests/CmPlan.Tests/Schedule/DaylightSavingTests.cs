using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

/// <summary>
/// Local arithmetic, then the lenient mapping (contract §4). Transitions, as <c>zdump -v -c 2027,2028</c>
/// shows them: Europe/Paris 2027-03-28 02:00→03:00 and 2027-10-31 03:00→02:00; America/New_York
/// 2027-03-14 02:00→03:00 and 2027-11-07 02:00→01:00.
/// </summary>
public class DaylightSavingTests
{
    [Theory]
    [InlineData("Europe/Paris", "2027-03-28 02:30", "2027-03-28T03:30:00+02:00")] // gap: forward by its hour
    [InlineData("Europe/Paris", "2027-03-28 02:00", "2027-03-28T03:00:00+02:00")] // the gap's first minute
    [InlineData("Europe/Paris", "2027-03-28 01:59", "2027-03-28T01:59:00+01:00")]
    [InlineData("Europe/Paris", "2027-03-28 03:00", "2027-03-28T03:00:00+02:00")]
    [InlineData("Europe/Paris", "2027-10-31 02:30", "2027-10-31T02:30:00+02:00")] // overlap: the earlier one
    [InlineData("Europe/Paris", "2027-10-31 03:00", "2027-10-31T03:00:00+01:00")]
    [InlineData("America/New_York", "2027-03-14 02:30", "2027-03-14T03:30:00-04:00")]
    [InlineData("America/New_York", "2027-11-07 01:30", "2027-11-07T01:30:00-04:00")]
    [InlineData("America/New_York", "2027-11-07 02:00", "2027-11-07T02:00:00-05:00")]
    public void First_publication_maps_leniently(string zone, string at, string expected)
    {
        Assert.Equal([expected], Times(OnePost($"timezone {zone}", $"at {at}")));
    }

    [Fact]
    public void Weekly_reposts_keep_their_local_time_across_the_spring_change()
    {
        Assert.Equal(
            ["2027-03-21T09:00:00+01:00", "2027-03-28T09:00:00+02:00", "2027-04-04T09:00:00+02:00"],
            Times(OnePost("timezone Europe/Paris", "at 2027-03-21 09:00", "repeat every 7d times 2")));
        Assert.Equal(
            ["2027-03-07T09:00:00-05:00", "2027-03-14T09:00:00-04:00"],
            Times(OnePost("timezone America/New_York", "at 2027-03-07 09:00", "repeat every 1w times 1")));
    }

    [Fact]
    public void Weekly_reposts_keep_their_local_time_across_the_autumn_change()
    {
        Assert.Equal(
            ["2027-10-24T09:00:00+02:00", "2027-10-31T09:00:00+01:00"],
            Times(OnePost("timezone Europe/Paris", "at 2027-10-24 09:00", "repeat every 7d times 1")));
        Assert.Equal(
            ["2027-10-31T01:30:00-04:00", "2027-11-07T01:30:00-04:00", "2027-11-14T01:30:00-05:00"],
            Times(OnePost("timezone America/New_York", "at 2027-10-31 01:30", "repeat every 7d times 2")));
    }

    [Fact]
    public void Only_the_repost_that_falls_in_the_gap_moves()
    {
        Assert.Equal(
            ["2027-03-27T02:30:00+01:00", "2027-03-28T03:30:00+02:00", "2027-03-29T02:30:00+02:00"],
            Times(OnePost("timezone Europe/Paris", "at 2027-03-27 02:30", "repeat every 1d times 2")));
    }

    [Fact]
    public void Hourly_reposts_step_in_local_time_so_two_can_share_an_instant()
    {
        // 02:30 does not exist and moves to 03:30, where the next repost is too.
        Assert.Equal(
            [
                "p x 2027-03-28T01:30:00+01:00 0",
                "p x 2027-03-28T03:30:00+02:00 1",
                "p x 2027-03-28T03:30:00+02:00 2",
                "p x 2027-03-28T04:30:00+02:00 3",
            ],
            Lines(OnePost("timezone Europe/Paris", "at 2027-03-28 01:30", "repeat every 1h times 3")));

        // In the repeated hour only the earlier 02:30 is used.
        Assert.Equal(
            ["2027-10-31T01:30:00+02:00", "2027-10-31T02:30:00+02:00", "2027-10-31T03:30:00+01:00"],
            Times(OnePost("timezone Europe/Paris", "at 2027-10-31 01:30", "repeat every 1h times 2")));
    }

    [Fact]
    public void Queue_slots_follow_the_same_mapping()
    {
        var plan = """
            plan "Q"
              timezone Europe/Paris

            channel x

            queue q
              on x
              slots daily 02:30 09:00
              start 2027-03-27
              recycle times 10

            post a
              queue q
              expires 2027-03-28
              text "A"
            """;
        Assert.Equal(
            [
                "a x 2027-03-27T02:30:00+01:00 0",
                "a x 2027-03-27T09:00:00+01:00 1",
                "a x 2027-03-28T03:30:00+02:00 2",
                "a x 2027-03-28T09:00:00+02:00 3",
            ],
            Lines(plan));
    }
}
