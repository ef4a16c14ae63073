using CmPlan.Analysis.Model;
using NodaTime;

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

        // The first publication exists whatever the bounds: a late one is outside-plan's to report.
        var first = atValue.Value;
        if (!LocalArithmetic.TryResolve(plan.Zone, first, out var firstAt))
        {
            return;
        }

        sink.Add(post.Id, channels, firstAt, 0, null);
        if (post.Repeat?.Value is not { } repeat || repeat.Every.Value.Amount <= 0)
        {
            return;
        }

        var every = repeat.Every.Value;
        var times = repeat.Times?.Value;
        var until = repeat.Until?.Value;
        var horizon = Horizon.For(plan, first);

        // Nominal local date-times are compared with the bounds; expires does not stop reposts.
        for (var k = 1; k < ScheduleBuilder.MaxOccurrences; k++)
        {
            if ((times is { } n && k > n)
                || !LocalArithmetic.TryPlusMultiple(first, every, k, out var local)
                || (until is not null && !until.EndIncludes(local))
                || !plan.EndIncludes(local)
                || !horizon.Includes(local)
                || !LocalArithmetic.TryResolve(plan.Zone, local, out ZonedDateTime at))
            {
                return;
            }

            sink.Add(post.Id, channels, at, k, null);
        }
    }
}
