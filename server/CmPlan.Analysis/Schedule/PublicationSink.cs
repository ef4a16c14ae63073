using System.Collections.Immutable;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>Collects publications, one per channel of each occurrence, and sorts them once at the end.</summary>
internal sealed class PublicationSink
{
    private readonly ImmutableArray<Publication>.Builder publications = ImmutableArray.CreateBuilder<Publication>();

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

    public void Add(string post, ImmutableArray<string> channels, ZonedDateTime at, int repost, string? queue)
    {
        foreach (var channel in channels)
        {
            publications.Add(new Publication(post, channel, at, repost, queue));
        }
    }

    public ImmutableArray<Publication> DrainSorted()
    {
        publications.Sort(PublicationOrder.Instance);
        return publications.DrainToImmutable();
    }
}
