using System.Collections.Immutable;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Rules;

/// <summary>The schedule grouped once for every rule: by content (post or queue item) and by channel, each in time order.</summary>
public sealed class ScheduleIndex
{
    private static readonly ImmutableArray<Publication> None = [];
    private readonly Dictionary<string, ImmutableArray<Publication>> byPost;
    private readonly Dictionary<string, ImmutableArray<Publication>> byChannel;

    /// <summary>Each publication's place in the schedule, made when first asked (a schedule is kept over edits, and few rules ask).</summary>
    private readonly Lazy<Dictionary<Publication, int>> positions;

    public ScheduleIndex(PlanSchedule schedule)
    {
        Schedule = schedule;
        byPost = Group(schedule.Publications, p => p.Post);
        byChannel = Group(schedule.Publications, p => p.Channel);
        positions = new(() =>
        {
            var at = new Dictionary<Publication, int>(schedule.Publications.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < schedule.Publications.Length; i++)
            {
                at[schedule.Publications[i]] = i;
            }

            return at;
        });
    }

    public PlanSchedule Schedule { get; }

    /// <summary>Every publication of a post on every channel, in schedule order.</summary>
    public ImmutableArray<Publication> OfPost(string post) => byPost.GetValueOrDefault(post, None);

    /// <summary>The post's occurrences: one publication per repost number (its first channel's).</summary>
    public IEnumerable<Publication> OccurrencesOf(string post) => Occurrences(OfPost(post));

    /// <summary>Of one post's <paramref name="publications"/>, one per repost number (its first channel's).</summary>
    public static IEnumerable<Publication> Occurrences(ImmutableArray<Publication> publications)
    {
        var seen = -1;
        foreach (var publication in publications.OrderBy(p => p.Repost))
        {
            if (publication.Repost != seen)
            {
                seen = publication.Repost;
                yield return publication;
            }
        }
    }

    /// <summary>Where <paramref name="publication"/> (one of this schedule's, not an equal copy) is in schedule order.</summary>
    public int PositionOf(Publication publication) => positions.Value[publication];

    public ImmutableArray<Publication> OnChannel(string channel) => byChannel.GetValueOrDefault(channel, None);

    private static Dictionary<string, ImmutableArray<Publication>> Group(ImmutableArray<Publication> publications, Func<Publication, string> key)
    {
        var builders = new Dictionary<string, ImmutableArray<Publication>.Builder>(StringComparer.Ordinal);
        foreach (var publication in publications)
        {
            var k = key(publication);
            if (!builders.TryGetValue(k, out var builder))
            {
                builders[k] = builder = ImmutableArray.CreateBuilder<Publication>();
            }

            builder.Add(publication);
        }

        return builders.ToDictionary(b => b.Key, b => b.Value.ToImmutable(), StringComparer.Ordinal);
    }
}
