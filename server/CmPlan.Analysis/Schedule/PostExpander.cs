using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Schedule;

/// <summary>A post's publications: <c>at</c>, then <c>at + k·every</c> while every bound holds (contract §4).</summary>
internal static class PostExpander
{
    public static void Expand(PlanInfo plan, PostModel post, PublicationSink sink)
    {
        if (post.IsQueueItem || post.At is not { } atValue)
        {
            return;
        }

        var channels = PublicationSink.Channels(post.On);
        if (channels.IsEmpty)
        {
            return;
        }

        // The first publication exists whatever the bounds (a late one is outside-plan's to report),
        // unless it is past the calendar's end (truncated-schedule says so).
        var first = atValue.Value;
        if (!LocalArithmetic.TryResolve(plan.Zone, first, out var firstAt) || !sink.Add(post.Id, channels, firstAt, first, 0, null))
        {
            return;
        }

        if (RepeatSchedule.Of(plan, post) is not { } repeat)
        {
            return;
        }

        // Bounds compare instants; expires does not stop reposts.
        for (var k = 1; repeat.Check(k, out var nominal, out var at) == ScheduleCut.None; k++)
        {
            if (!sink.Add(post.Id, channels, at, nominal, k, null))
            {
                return;
            }
        }
    }
}
