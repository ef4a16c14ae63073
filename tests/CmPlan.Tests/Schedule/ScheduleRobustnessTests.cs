using System.Collections.Immutable;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using NodaTime;
using static CmPlan.Tests.Schedule.ScheduleText;

namespace CmPlan.Tests.Schedule;

/// <summary>The schedule never throws, never hangs and stays linear, whatever the plan or model.</summary>
public class ScheduleRobustnessTests
{
    private static readonly BlockSyntax AnyBlock = PlanParser.Parse("post p\n").Blocks.OfType<BlockSyntax>().First();

    [Theory]
    [InlineData("UTC", 60)] // 23:00 to 23:59, then the calendar ends
    [InlineData("America/New_York", 0)] // 9999-12-31 23:00 -05:00 is after the last representable instant
    [InlineData("Pacific/Kiritimati", 60)]
    public void Publications_at_the_end_of_time_stop_quietly(string zone, int count)
    {
        var times = Times(OnePost($"timezone {zone}", "at 9999-12-31 23:00", "repeat every 1min"));
        Assert.Equal(count, times.Length);
    }

    [Fact]
    public void Periods_beyond_the_calendar_stop_the_expansion()
    {
        Assert.Single(Times(OnePost("timezone UTC", "at 2027-03-01 10:00", "repeat every 2147483647mo times 5")));
        Assert.Single(Times(OnePost("timezone UTC", "at 2027-03-01 10:00", "repeat every 2147483647min times 5")));
        Assert.Equal(
            ["9999-10-01T10:00:00+00:00", "9999-11-01T10:00:00+00:00", "9999-12-01T10:00:00+00:00"],
            Times(OnePost("timezone UTC", "at 9999-10-01 10:00", "repeat every 1mo times 5")));
    }

    [Fact]
    public void A_huge_times_is_bounded_by_the_horizon()
    {
        Assert.Equal(366, Times(OnePost("timezone UTC", "at 2027-01-01 10:00", "repeat every 1d times 2147483647")).Length);
    }

    [Theory]
    [InlineData("UTC", 4, "9999-12-31T23:30:00+00:00")]
    [InlineData("America/New_York", 3, "9999-12-31T12:00:00-05:00")] // 23:30 local is beyond the last instant
    public void A_queue_at_the_end_of_time_stops_quietly(string zone, int count, string last)
    {
        var times = Times(OneQueue(
            $"timezone {zone}",
            ["on x", "slots daily 12:00 23:30", "start 9999-12-30", "recycle times 1000"],
            "a"));
        Assert.Equal(count, times.Length);
        Assert.Equal(last, times[^1]);
    }

    [Fact]
    public void Models_the_binder_would_not_produce_are_handled()
    {
        var channel = ImmutableArray.Create(L("x"));
        var at = L(new LocalDateTime(2027, 3, 1, 10, 0));
        PostModel Post(string id, PlanDuration every) => new(
            id, channel, at, null, L(new RepeatValue(L(every), null, null)), null, null, null, [], AnyBlock);
        var emptyDays = L(new SlotsValue(new DaySet(0), [new LocalTime(9, 0)]));
        var noTimes = L(new SlotsValue(DaySet.Daily, []));
        var item = Post("item", new PlanDuration(1, DurationUnit.Days)) with { On = [], At = null, Repeat = null, Queue = L("q") };
        var queue = new QueueModel(
            "q", channel, [emptyDays, noTimes], L(new DateTimeValue(new LocalDate(2027, 3, 1), null)), null, [item], AnyBlock);
        var model = new PlanModel(
            PlanInfo.Default,
            Settings.Defaults,
            [],
            [queue, queue with { Slots = default }, queue with { Items = default }, queue with { On = default }],
            [
                Post("zero", new PlanDuration(0, DurationUnit.Days)),
                Post("negative", new PlanDuration(-1, DurationUnit.Months)),
                Post("default-on", new PlanDuration(1, DurationUnit.Days)) with { On = default },
                item,
            ]);

        var schedule = ScheduleBuilder.Build(model);

        Assert.Equal(["negative", "zero"], schedule.Publications.Select(p => p.Post));
    }

    [Fact]
    public void Forty_thousand_posts_and_a_long_queue_expand_in_linear_time()
    {
        var channels = ImmutableArray.Create(L("x"), L("y"));
        var start = new LocalDateTime(2027, 1, 1, 0, 0);
        var posts = Enumerable.Range(0, 40_000)
            .Select(i => new PostModel(
                $"p{i}",
                channels,
                L(start.PlusMinutes(i * 7)),
                null,
                L(new RepeatValue(L(new PlanDuration(7, DurationUnit.Days)), L(10), null)),
                null, null, null, [], AnyBlock))
            .ToImmutableArray();

        // 50,000 items, nearly all expired early: each pass must not rescan them.
        var items = Enumerable.Range(0, 50_000)
            .Select(i => new PostModel(
                $"q{i}", [], null, L("q"), null,
                i < 10 ? null : L(new DateTimeValue(new LocalDate(2027, 1, 2), null)),
                null, null, [], AnyBlock))
            .ToImmutableArray();
        var queue = new QueueModel(
            "q",
            channels,
            [L(new SlotsValue(DaySet.Daily, [new LocalTime(9, 0), new LocalTime(13, 0), new LocalTime(19, 0)]))],
            L(new DateTimeValue(new LocalDate(2027, 1, 1), null)),
            L(new RecycleValue(null, L(1_000_000))),
            items,
            AnyBlock);
        var model = new PlanModel(
            PlanInfo.Default with { Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"] },
            Settings.Defaults,
            [],
            [queue],
            [.. posts, .. items]);

        var schedule = ScheduleBuilder.Build(model);

        // 40,000 × 11 occurrences and 3 × 366 queue slots, each on two channels: within the budget.
        Assert.Equal(2 * ((40_000 * 11) + (3 * 366) - 2), schedule.Publications.Length);
        for (var i = 1; i < schedule.Publications.Length; i++)
        {
            Assert.True(PublicationOrder.Instance.Compare(schedule.Publications[i - 1], schedule.Publications[i]) <= 0);
        }
    }

    private static Located<T> L<T>(T value) => new(value, default);
}
