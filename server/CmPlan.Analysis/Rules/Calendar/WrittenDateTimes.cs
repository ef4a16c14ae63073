using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// A date-time the author wrote with a time, that the schedule maps to the zone: where it is and what
/// it is for. <see cref="Anchors"/> when later publications are counted from it (the <c>at</c> of a
/// post with a <c>repeat</c>): changing it moves them too.
/// </summary>
internal sealed record WrittenDateTime(string Key, LocalDateTime Value, TextSpan Span, bool Anchors = false);

/// <summary>
/// The date-times of contract §5's DST rules: a post's <c>at</c>, a queue's own <c>start</c>, and the
/// <c>until</c> of a <c>repeat</c> or a <c>recycle</c> — only when written with a time (a bare date
/// is a whole day, never in a gap).
/// </summary>
internal static class WrittenDateTimes
{
    /// <summary>A post's <c>at</c> and its <c>repeat</c>'s <c>until</c>.</summary>
    public static IEnumerable<WrittenDateTime> Of(PostModel post)
    {
        if (post.At is { } at)
        {
            yield return new WrittenDateTime("at", at.Value, at.Span, post.Repeat is not null);
        }

        if (WithTime("until", post.Repeat?.Value.Until) is { } until)
        {
            yield return until;
        }
    }

    /// <summary>Each queue's own <c>start</c> and its <c>recycle</c>'s <c>until</c>.</summary>
    public static IEnumerable<WrittenDateTime> OfQueues(PlanModel model)
    {
        foreach (var queue in model.Queues)
        {
            // A queue without its own start borrows the plan's, a date: WithTime skips it.
            if (WithTime("start", queue.Start) is { } start)
            {
                yield return start;
            }

            if (WithTime("until", queue.Recycle?.Value.Until) is { } until)
            {
                yield return until;
            }
        }
    }

    private static WrittenDateTime? WithTime(string key, Located<DateTimeValue>? value) =>
        value is { Value.Time: { } time } ? new WrittenDateTime(key, value.Value.Date + time, value.Span) : null;
}
