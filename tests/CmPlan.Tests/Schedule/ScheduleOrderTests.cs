using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

public class ScheduleOrderTests
{
    [Fact]
    public void Publications_are_ordered_by_instant_then_post_id_then_channel_id_ordinally()
    {
        // "B" sorts before "a" ordinally; the queue item "m" shares 09:00 with the posts.
        var plan = """
            plan "Order"
              timezone Europe/Paris
              start 2027-03-01

            channel x
            channel insta
            channel Y

            queue q
              on x
              slots daily 09:00

            post a
              on x, insta, Y
              at 2027-03-01 09:00
              text "a"

            post B
              on x
              at 2027-03-01 09:00
              text "B"

            post m
              queue q
              text "m"

            post early
              on x
              at 2027-03-01 08:59
              text "early"
            """;
        Assert.Equal(
            [
                "early x 2027-03-01T08:59:00+01:00 0",
                "B x 2027-03-01T09:00:00+01:00 0",
                "a Y 2027-03-01T09:00:00+01:00 0",
                "a insta 2027-03-01T09:00:00+01:00 0",
                "a x 2027-03-01T09:00:00+01:00 0",
                "m x 2027-03-01T09:00:00+01:00 0",
            ],
            Lines(plan));
    }

    [Fact]
    public void Order_is_by_instant_not_by_written_time()
    {
        // 02:30 is in the spring gap and lands at 03:30, after the post written for 03:10.
        var plan = """
            plan "Order"
              timezone Europe/Paris

            channel x

            post gap
              on x
              at 2027-03-28 02:30
              text "gap"

            post after
              on x
              at 2027-03-28 03:10
              text "after"
            """;
        Assert.Equal(
            ["after x 2027-03-28T03:10:00+02:00 0", "gap x 2027-03-28T03:30:00+02:00 0"],
            Lines(plan));
    }

    [Fact]
    public void A_publication_moved_with_a_with_expression_keeps_its_instant_in_step()
    {
        var paris = NodaTime.DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var publication = new CmPlan.Analysis.Schedule.Publication("a", "x", paris.AtStrictly(new NodaTime.LocalDateTime(2027, 3, 1, 9, 0)), 0, null);
        var later = publication with { At = paris.AtStrictly(new NodaTime.LocalDateTime(2027, 7, 1, 9, 0)) };

        Assert.Equal(NodaTime.Instant.FromUtc(2027, 3, 1, 8, 0), publication.Instant);
        Assert.Equal(NodaTime.Instant.FromUtc(2027, 7, 1, 7, 0), later.Instant);
    }
}
