using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Incremental;

/// <summary>
/// Whether two models expand to the same schedule: the same values (spans aside) in everything
/// <see cref="ScheduleBuilder"/> reads, and posts and queues in the same file order (the budget goes
/// to them in that order). Most edits (a post's text, its tags, a comment) change none.
/// </summary>
internal static class ScheduleInputs
{
    public static bool Same(PlanModel a, PlanModel b) =>
        a.Plan.Zone.Equals(b.Plan.Zone)
        && a.Plan.End?.Value == b.Plan.End?.Value
        && SameAll(a.Posts, b.Posts, SamePost)
        && SameAll(a.Queues, b.Queues, SameQueue)
        && ScheduleBuilder.InFileOrder(a).SequenceEqual(ScheduleBuilder.InFileOrder(b));

    private static bool SamePost(PostModel a, PostModel b) =>
        ReferenceEquals(a, b) // every post before the edit, at a keystroke
        || (a.Id == b.Id && ReferenceEquals(a.Unplaced, b.Unplaced)) // every post after it, moved
        || SameValues(a, b);

    private static bool SameValues(PostModel a, PostModel b) =>
        a.Id == b.Id
        && a.IsQueueItem == b.IsQueueItem
        && a.At?.Value == b.At?.Value
        && SameIds(a.On, b.On)
        && SameRepeat(a.Repeat?.Value, b.Repeat?.Value)
        && Equals(a.Expires?.Value, b.Expires?.Value);

    private static bool SameQueue(QueueModel a, QueueModel b) =>
        a.Id == b.Id
        && SameIds(a.On, b.On)
        && SameAll(a.Slots, b.Slots, (x, y) => x.Value.Days == y.Value.Days && x.Value.Times.SequenceEqual(y.Value.Times))
        && Equals(a.Start?.Value, b.Start?.Value)
        && Equals(a.Recycle?.Value.Until?.Value, b.Recycle?.Value.Until?.Value)
        && a.Recycle?.Value.Times?.Value == b.Recycle?.Value.Times?.Value
        && (a.Recycle is null) == (b.Recycle is null)
        && SameAll(a.Items, b.Items, SamePost);

    private static bool SameRepeat(RepeatValue? a, RepeatValue? b) =>
        (a is null && b is null)
        || (a is not null && b is not null
            && a.Every.Value == b.Every.Value
            && a.Times?.Value == b.Times?.Value
            && Equals(a.Until?.Value, b.Until?.Value));

    private static bool SameIds(System.Collections.Immutable.ImmutableArray<Located<string>> a, System.Collections.Immutable.ImmutableArray<Located<string>> b) =>
        SameAll(a, b, (x, y) => x.Value == y.Value);

    private static bool SameAll<T>(System.Collections.Immutable.ImmutableArray<T> a, System.Collections.Immutable.ImmutableArray<T> b, Func<T, T, bool> same)
    {
        if (a.IsDefault || b.IsDefault)
        {
            return a.IsDefault == b.IsDefault;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
