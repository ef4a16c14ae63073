using CmPlan.Analysis.Model;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// A queue's publications (contract §4): each slot from the queue's start publishes the next live
/// item, until the recycle's passes or <c>until</c>, the plan's end, the horizon or the calendar stop it.
/// </summary>
internal static class QueueExpander
{
    /// <summary>
    /// How many slots past a cut are counted, to say how many publications the cut costs: enough for
    /// years of daily slots, and a bound on the time an absurd recycle takes.
    /// </summary>
    public const int CountedPastCut = 100_000;

    /// <summary>Expands the queue; returns what its recycle allowed that a cut by the plan's end, the horizon or the calendar dropped, if any.</summary>
    public static QueueTruncation? Expand(PlanInfo plan, QueueModel queue, PublicationSink sink)
    {
        var channels = PublicationSink.Channels(queue.On);
        if (queue.Start?.Value is not { } start
            || InstantBounds.StartOf(start, plan.Zone) is not { } from
            || queue.Slots.IsDefaultOrEmpty
            || queue.Items.IsDefaultOrEmpty
            || channels.IsEmpty)
        {
            return null;
        }

        var until = queue.Recycle?.Value.Until is { } u ? InstantBounds.EndOf(u.Value, plan.Zone) : null;
        var rotation = new QueueRotation(queue, plan.Zone);
        var reposts = new Dictionary<string, int>(StringComparer.Ordinal);
        Horizon? horizon = null;
        using var slots = SlotCalendar.From(plan.Zone, from, queue.Slots).GetEnumerator();
        while (true)
        {
            if (!slots.MoveNext())
            {
                // The calendar's end, if a bounded recycle had more to give.
                return IsBounded(queue) && rotation.Next(Instant.MaxValue, out _) is not null ? new QueueTruncation(queue.Id, ScheduleCut.Calendar, null) : null;
            }

            var slot = slots.Current;
            var instant = slot.At.ToInstant();
            if (!InstantBounds.Includes(until, instant))
            {
                return null;
            }

            if (horizon is { } h && !h.Includes(instant))
            {
                return IsBounded(queue)
                    ? new QueueTruncation(queue.Id, h.Cut, CountMissing(rotation, slots, until, channels.Length))
                    : null;
            }

            if (rotation.Next(instant, out _) is not { } item)
            {
                return null;
            }

            var repost = reposts.GetValueOrDefault(item.Id);
            reposts[item.Id] = repost + 1;
            if (!sink.Add(item.Id, channels, slot.At, slot.Local, repost, queue.Id))
            {
                return null;
            }

            horizon ??= Horizon.For(plan, slot.Local);
        }
    }

    private static bool IsBounded(QueueModel queue) => queue.Recycle?.Value.IsBounded == true;

    /// <summary>The publications (each channel counts) the rotation would still give up to the recycle's until, counting at most <see cref="CountedPastCut"/> slots; null past that.</summary>
    private static long? CountMissing(QueueRotation rotation, IEnumerator<Slot> slots, Instant? until, int channels)
    {
        long missing = 0;
        var instant = slots.Current.At.ToInstant();
        for (var counted = 0; counted < CountedPastCut; counted++)
        {
            if (!InstantBounds.Includes(until, instant) || rotation.Next(instant, out _) is null)
            {
                return missing;
            }

            missing += channels;
            if (!slots.MoveNext())
            {
                return missing;
            }

            instant = slots.Current.At.ToInstant();
        }

        return null;
    }
}
