using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// A content's publications as the repost rules see them: the first, the last and the highest
/// repost number. Read from the shared schedule in O(1): a post's or queue item's publications are
/// in time order, and its repost numbers grow with time.
/// </summary>
internal sealed record ContentRun(PostModel Content, Publication First, Publication Last)
{
    public int Reposts => Last.Repost;

    /// <summary>Minutes from the first to the last publication in nominal local time (contract §4 Gaps), to rank contents by span.</summary>
    public long SpanMinutes => Period.Between(First.Nominal, Last.Nominal, PeriodUnits.Minutes).Minutes;

    /// <summary>From first to last in days, hours and minutes of nominal local time, for messages.</summary>
    public Period Span => Period.Between(First.Nominal, Last.Nominal, PeriodUnits.Days | PeriodUnits.Hours | PeriodUnits.Minutes);

    /// <summary>True when the span exceeds <paramref name="limit"/>, measured on nominal local date-times.</summary>
    public bool Exceeds(Period limit) => LocalGap.Exceeds(First.Nominal, Last.Nominal, limit);

    /// <summary>The run of <paramref name="content"/>, or null when the schedule has none of its publications.</summary>
    public static ContentRun? Of(ScheduleIndex schedule, PostModel content) => Of(schedule.OfPost(content.Id), content);

    /// <summary>The run of <paramref name="content"/> from its own <paramref name="publications"/>, or null when it has none.</summary>
    public static ContentRun? Of(System.Collections.Immutable.ImmutableArray<Publication> publications, PostModel content) =>
        publications.IsEmpty ? null : new ContentRun(content, publications[0], publications[^1]);

    /// <summary>The runs of a queue's items that were published, in file order.</summary>
    public static IEnumerable<ContentRun> OfItems(ScheduleIndex schedule, QueueModel queue)
    {
        foreach (var item in queue.Items.IsDefault ? [] : queue.Items)
        {
            if (Of(schedule, item) is { } run)
            {
                yield return run;
            }
        }
    }
}
