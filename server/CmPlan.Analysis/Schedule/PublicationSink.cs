using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Collects publications, one per channel of each occurrence, within the plan-wide budget
/// (contract §4), and sorts them once at the end.
/// </summary>
internal sealed class PublicationSink(int budget)
{
    private readonly List<Publication> publications = [];

    /// <summary>True once a publication was dropped because the budget ran out: expansion stops.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>The channel ids of an <c>on</c> list, each once, so that <c>on x, x</c> publishes once on x.</summary>
    public static ImmutableArray<string> Channels(ImmutableArray<Located<string>> on)
    {
        if (on.IsDefaultOrEmpty)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>(on.Length);
        foreach (var channel in on)
        {
            if (seen.Add(channel.Value))
            {
                result.Add(channel.Value);
            }
        }

        return result.DrainToImmutable();
    }

    /// <summary>Adds the occurrence on every channel; false when the budget ran out on the way (the caller stops).</summary>
    public bool Add(string post, ImmutableArray<string> channels, ZonedDateTime at, LocalDateTime nominal, int repost, string? queue)
    {
        foreach (var channel in channels)
        {
            if (publications.Count >= budget)
            {
                Exhausted = true;
                return false;
            }

            publications.Add(new Publication(post, channel, at, nominal, repost, queue));
        }

        return true;
    }

    /// <summary>
    /// The publications in schedule order: sorted by instant on an array of keys (a million
    /// comparisons of structs, not of objects), then each run of equal instants by the full order.
    /// </summary>
    public ImmutableArray<Publication> DrainSorted()
    {
        var items = publications.ToArray();
        publications.Clear();
        var keys = Array.ConvertAll(items, p => p.Instant);
        Array.Sort(keys, items);
        for (var start = 0; start < items.Length;)
        {
            var end = start + 1;
            while (end < items.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(items, start, end - start, PublicationOrder.Instance);
            }

            start = end;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }
}
