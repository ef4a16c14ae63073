using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>slot-conflict</c>: two publications on one channel less than <c>min-gap</c> apart, between
/// instants (what the audience sees, contract §4: two publications a DST gap moves onto one instant
/// do conflict). The later one is reported (at the same instant, the one declared later in the file), on
/// what placed it: the post's <c>at</c>, its <c>repeat</c> for a repost, or the item's <c>queue</c>.
/// Each is compared with the publication just before it on the channel: if any earlier one is too
/// close, that one is too, so one pass over each channel finds every late publication. Once per
/// reported range and other post: the first clash, and how many more that range has with that post.
/// Doc: docs/rules/slot-conflict.md.
/// </summary>
public sealed class SlotConflictRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.SlotConflict,
        Severity.Warning,
        false,
        "Slot conflict",
        "Two publications on one channel are less than min-gap apart.");

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        var minGap = context.Settings.MinGap;
        var period = minGap.ToPeriod();
        var posts = new Dictionary<string, (PostModel Post, int Order)>(StringComparer.Ordinal);
        for (var i = 0; i < context.Model.Posts.Length; i++)
        {
            posts.TryAdd(context.Model.Posts[i].Id, (context.Model.Posts[i], i));
        }

        // Keyed by (reported range, other post): one diagnostic each, with the earliest conflict and the count.
        var conflicts = new Dictionary<(TextSpan, string), Conflict>();
        var order = new List<(TextSpan, string)>();
        var comparer = new DeclarationOrder(posts);
        foreach (var channel in context.Model.Channels)
        {
            var publications = context.Schedule.OnChannel(channel.Id);
            if (publications.Length < 2)
            {
                continue;
            }

            // Time order already; equal instants must go in file order, so the later-declared post is the later one.
            var sorted = publications.ToArray();
            Array.Sort(sorted, comparer);
            for (var j = 1; j < sorted.Length; j++)
            {
                var (earlier, later) = (sorted[j - 1], sorted[j]);
                if (!LocalGap.InstantsLessThan(earlier, later, period)
                    || !posts.TryGetValue(later.Post, out var laterPost)
                    || !posts.TryGetValue(earlier.Post, out var earlierPost))
                {
                    continue;
                }

                var key = (RangeOf(laterPost.Post, later), earlier.Post);
                var conflict = new Conflict(earlier, later, RangeOf(earlierPost.Post, earlier), 1);
                if (!conflicts.TryGetValue(key, out var known))
                {
                    conflicts[key] = conflict;
                    order.Add(key);
                }
                else
                {
                    conflicts[key] = (later.Instant < known.Later.Instant ? conflict : known) with { Count = known.Count + 1 };
                }
            }
        }

        foreach (var key in order)
        {
            var conflict = conflicts[key];
            var (earlier, later) = (conflict.Earlier, conflict.Later);
            var gap = Period.FromMinutes((long)(later.Instant - earlier.Instant).TotalMinutes);
            var words = context.Words;
            var when = earlier.Instant == later.Instant
                ? words.Say(MessageId.SlotSameTime, ("other", Describe(words, earlier)))
                : words.Say(MessageId.SlotOnlyAfter, ("gap", words.Gap(gap)), ("other", Describe(words, earlier)), ("moment", words.DayTime(earlier.Local)));
            context.Report(
                key.Item1,
                words.Say(
                    MessageId.SlotConflict,
                    ("later", Capitalize(Describe(words, later))),
                    ("channel", later.Channel),
                    ("moment", words.DayTime(later.Local)),
                    ("when", when),
                    ("minimum", words.Duration(minGap)),
                    ("setting", minGap.ToString()),
                    ("more", More(words, conflict))),
                related: [new RelatedInformation(
                    conflict.EarlierRange,
                    words.Say(MessageId.SlotConflictRelated, ("earlier", Capitalize(Describe(words, earlier))), ("channel", earlier.Channel), ("moment", words.DayTime(earlier.Local))))]);
        }
    }

    /// <summary>What placed this publication: the post's <c>at</c>, its <c>repeat</c> for a repost, the item's <c>queue</c>.</summary>
    private static TextSpan RangeOf(PostModel post, Publication publication) =>
        post.Queue is { } queue ? queue.Span
        : publication.IsRepost && post.Repeat is { } repeat ? repeat.Span
        : post.At is { } at ? at.Span
        : post.Syntax.NameOrKeywordSpan;

    private static string More(Words words, Conflict conflict) =>
        conflict.Count == 1 ? string.Empty : words.Say(MessageId.SlotConflictMore, ("post", conflict.Earlier.Post), ("count", words.Count(conflict.Count - 1, Noun.MoreTime)));

    private static string Describe(Words words, Publication publication) =>
        words.Say(MessageId.SlotDescribe, ("publication", words.Publication(publication.Repost)), ("post", publication.Post));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record Conflict(Publication Earlier, Publication Later, TextSpan EarlierRange, int Count);

    /// <summary>Instant, then the post's place in the file, then the repost number (a DST gap can land two reposts on one instant).</summary>
    private sealed class DeclarationOrder(Dictionary<string, (PostModel Post, int Order)> posts) : IComparer<Publication>
    {
        public int Compare(Publication? x, Publication? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var result = x.Instant.CompareTo(y.Instant);
            if (result == 0)
            {
                result = OrderOf(x).CompareTo(OrderOf(y));
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(x.Post, y.Post);
            }

            return result != 0 ? result : x.Repost.CompareTo(y.Repost);
        }

        private int OrderOf(Publication publication) => posts.TryGetValue(publication.Post, out var post) ? post.Order : int.MaxValue;
    }
}
