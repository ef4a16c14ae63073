using System.Globalization;
using CmPlan.Bench.Content;

namespace CmPlan.Bench.Generation;

/// <summary>
/// A deterministic content plan of a given number of posts (queue items included): a plan block,
/// a policy, six channels with slots, three queues (two recycling), and posts with repeats,
/// expiry, tags, links, one-line and multi-line French texts. About 3% of the posts carry one
/// deliberate mistake each (after-expiry, too-frequent repost, dated text, off-slot time, unknown
/// channel, text too long for X, a repost that never ends): a plan as people really keep one.
/// </summary>
public static class PlanGenerator
{
    public const int DefaultSeed = 2027;

    /// <summary>Every plan starts on a Monday; its end is the 31 December after its last publication.</summary>
    private static readonly DateTime Start = new(2027, 1, 4);

    public static PlanDocument Generate(int posts, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(posts, 3);
        var random = new Random(seed);
        var grid = new SlotGrid(Channels.Ids.Length, Channels.Times.Length);
        var perQueue = Math.Clamp(posts / 50, 1, 12);
        var writer = new PostWriter(random, new FrenchText(random), grid, Start);
        var scheduled = Enumerable.Range(0, posts - (3 * perQueue)).Select(writer.Post).ToList();
        var end = new DateTime(Start.AddDays(Math.Max(grid.LastDay, writer.LastLaneDay)).Year, 12, 31);
        var queues = Channels.Queues(Date(end));
        return new PlanDocument
        {
            Plan = new() { Name = $"Cycles Saône — {posts} publications", Timezone = "Europe/Paris", Start = Date(Start), End = Date(end) },
            Policy = new()
            {
                MinInterval = "7d",
                MaxRepeats = 6,
                MaxSpan = "120d",
                MaxAutomated = 60,
                MinGap = "30min",
                // The generated posts are texts: media (1.2) is outside what these plans measure, so missing-media is off.
                Rules = new() { ["off-slot"] = "info", ["missing-media"] = "off" },
            },
            Channels = Channels.Declare(),
            Queues = queues,
            Posts = [.. queues.SelectMany((q, n) => Enumerable.Range(0, perQueue).Select(k => writer.QueueItem(q.Id, n, k))),
                .. scheduled.OrderBy(p => p.At, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)],
        };
    }

    internal static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Local(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
