using CmPlan.Analysis.Model;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Which item a queue's next slot publishes (contract §4): the next live item in file order; the end
/// of the item list ends a pass, and <c>recycle</c> decides whether another begins.
/// </summary>
internal sealed class QueueRotation
{
    private readonly DateTimeZone zone;
    private readonly long maxPasses;
    private readonly Dictionary<PostModel, Instant?> expiries = new(ReferenceEqualityComparer.Instance);
    private List<PostModel> rotation;
    private List<PostModel> published;
    private int cursor;
    private long passes = 1;

    public QueueRotation(QueueModel queue, DateTimeZone zone)
    {
        this.zone = zone;
        var recycle = queue.Recycle?.Value;

        // Passes in all: one without recycle, times + 1 with "recycle times", unbounded otherwise.
        maxPasses = recycle is null ? 1 : recycle.Times is { } times ? times.Value + 1L : long.MaxValue;
        rotation = [.. queue.Items];
        published = new List<PostModel>(queue.Items.Length);
    }

    /// <summary>
    /// The item the slot at <paramref name="slot"/> publishes, or null with why none does: the passes
    /// are used up, or no item is live any more.
    /// </summary>
    public PostModel? Next(Instant slot, out ScheduleCut cut)
    {
        // An item that has expired at one slot is expired at every later one, so each pass keeps
        // only the items it published; skipped items are dropped for good. That makes a pass cost
        // its publications plus the items dropped, instead of a scan of every item.
        while (true)
        {
            while (cursor < rotation.Count && !IsLive(rotation[cursor], slot))
            {
                cursor++;
            }

            if (cursor < rotation.Count)
            {
                var item = rotation[cursor++];
                published.Add(item);
                cut = ScheduleCut.None;
                return item;
            }

            // End of a pass: start over with what is still live, if recycling allows it.
            if (published.Count == 0 || passes >= maxPasses)
            {
                cut = published.Count == 0 ? ScheduleCut.NoLiveItem : ScheduleCut.Times;
                return null;
            }

            passes++;
            (rotation, published) = (published, rotation);
            published.Clear();
            cursor = 0;
        }
    }

    private bool IsLive(PostModel item, Instant slot)
    {
        if (item.Expires?.Value is not DateTimeValue expires)
        {
            return true;
        }

        if (!expiries.TryGetValue(item, out var end))
        {
            expiries[item] = end = InstantBounds.EndOf(expires, zone);
        }

        return InstantBounds.Includes(end, slot);
    }
}
