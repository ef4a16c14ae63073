using System.Collections.Immutable;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Diffing;

/// <summary>Matches publications across two schedules by (post or queue item id, channel, repost index k of contract §4).</summary>
internal static class PublicationMatcher
{
    public static (ImmutableArray<Publication> Added, ImmutableArray<Publication> Removed, ImmutableArray<MovedPublication> Moved) Match(
        ImmutableArray<Publication> before,
        ImmutableArray<Publication> after)
    {
        // Duplicate definitions are reported and only the first kept, so a key names one publication.
        var old = new Dictionary<(string, string, int), Publication>();
        foreach (var publication in before)
        {
            old.TryAdd(Key(publication), publication);
        }

        var added = ImmutableArray.CreateBuilder<Publication>();
        var moved = new List<MovedPublication>();
        foreach (var publication in after)
        {
            if (!old.Remove(Key(publication), out var was))
            {
                added.Add(publication);
            }
            else if (was.Instant != publication.Instant)
            {
                moved.Add(new MovedPublication(was, publication));
            }
        }

        // Both schedules are in time order already: what is left of the old one keeps it.
        var removed = before.Where(p => old.TryGetValue(Key(p), out var left) && ReferenceEquals(left, p));
        return (added.ToImmutable(), [.. removed], [.. moved.OrderBy(m => m.To.Instant).ThenBy(m => m.From.Instant)]);
    }

    private static (string Post, string Channel, int Repost) Key(Publication publication) =>
        (publication.Post, publication.Channel, publication.Repost);
}
