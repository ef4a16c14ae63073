using CmPlan.Analysis.Model;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// A queue's publications (contract §4): each slot publishes the next live item in file order;
/// the end of the item list ends a pass, and <c>recycle</c> decides whether another begins.
/// </summary>
internal static class QueueExpander
{
    public static void Expand(PlanInfo plan, QueueModel queue, PublicationSink sink)
    {
        var items = queue.Items;
        var channels = PublicationSink.Channels(queue.On);
        if (queue.Start?.Value is not { } start
            || queue.Slots.IsDefaultOrEmpty
            || items.IsDefaultOrEmpty
            || channels.IsEmpty)
        {
            return;
        }

        var recycle = queue.Recycle?.Value;
        var recycleUntil = recycle?.Until?.Value;

        // Passes in all: one without recycle, times + 1 with "recycle times", unbounded otherwise.
        long maxPasses = recycle is null ? 1 : recycle.Times is { } times ? times.Value + 1L : long.MaxValue;
        long passes = 1;

        // An item that has expired at one slot is expired at every later one, so each pass keeps
        // only the items it published; skipped items are dropped for good. That makes a pass cost
        // its publications plus the items dropped, instead of a scan of every item.
        var rotation = new List<PostModel>(items);
        var published = new List<PostModel>(items.Length);
        var cursor = 0;
        var reposts = new Dictionary<string, int>(StringComparer.Ordinal);
        Horizon? horizon = null;
        var count = 0;

        foreach (var slot in SlotCalendar.From(plan.Zone, start.AsStart, queue.Slots))
        {
            var local = slot.Local;
            if (!plan.EndIncludes(local)
                || (recycleUntil is not null && !recycleUntil.EndIncludes(local))
                || (horizon is { } h && !h.Includes(local)))
            {
                return;
            }

            PostModel? item = null;
            while (item is null)
            {
                while (cursor < rotation.Count && !IsLive(rotation[cursor], local))
                {
                    cursor++;
                }

                if (cursor < rotation.Count)
                {
                    item = rotation[cursor++];
                    break;
                }

                // End of a pass: start over with what is still live, if recycling allows it.
                if (published.Count == 0 || passes >= maxPasses)
                {
                    return;
                }

                passes++;
                (rotation, published) = (published, rotation);
                published.Clear();
                cursor = 0;
            }

            published.Add(item);
            var repost = reposts.GetValueOrDefault(item.Id);
            reposts[item.Id] = repost + 1;
            sink.Add(item.Id, channels, slot.At, repost, queue.Id);
            horizon ??= Horizon.For(plan, local);
            if (++count >= ScheduleBuilder.MaxOccurrences)
            {
                return;
            }
        }
    }

    private static bool IsLive(PostModel item, LocalDateTime slot) =>
        item.Expires?.Value is not DateTimeValue expires || expires.EndIncludes(slot);
}
