namespace CmPlan.Bench.Generation;

/// <summary>
/// The publishing grid of the generated plan: per channel, days × slot times, and which cells are
/// taken. A post takes its first publication and every repost at once, so reposts never land on
/// another post's slot — a generated plan has the diagnostics the generator put there on purpose,
/// not accidental <c>slot-conflict</c>s.
/// </summary>
internal sealed class SlotGrid(int channels, int slotsPerDay)
{
    private readonly HashSet<long> taken = [];
    private readonly int[] cursor = new int[channels];

    /// <summary>The last day that holds a publication.</summary>
    public int LastDay { get; private set; }

    /// <summary>
    /// Takes the earliest free cell, from where <paramref name="onChannels"/> left off, whose
    /// repost days (<paramref name="repostDays"/>, relative to the first) are free too.
    /// </summary>
    public (int Day, int Slot) Take(IReadOnlyList<int> onChannels, Func<int, IReadOnlyList<int>> repostDays)
    {
        var position = onChannels.Max(c => cursor[c]);
        while (true)
        {
            var (day, slot) = (position / slotsPerDay, position % slotsPerDay);
            var days = repostDays(day).Select(offset => day + offset).Prepend(day).ToList();
            if (onChannels.All(c => days.All(d => !taken.Contains(Key(c, d, slot)))))
            {
                foreach (var c in onChannels)
                {
                    days.ForEach(d => taken.Add(Key(c, d, slot)));
                    cursor[c] = position + 1;
                }

                LastDay = Math.Max(LastDay, days.Max());
                return (day, slot);
            }

            position++;
        }
    }

    private long Key(int channel, int day, int slot) => (((long)day * slotsPerDay) + slot) * channels + channel;
}
