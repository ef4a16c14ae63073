using System.Runtime.CompilerServices;
using System.Text;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Content.Unicode;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>duplicate-content</c>: two different posts (or queue items) with the same text — compared
/// in NFC ("é" typed as "e" and a combining accent is "é"), case-folded, runs of blanks collapsed, trimmed — published on a common channel less than
/// <c>min-interval</c> apart, reposts included. Reported once per pair, on the text of the one
/// declared later, pointing at the other. Texts are grouped first, then each channel's publications
/// of grouped posts are swept in local time with a window of <c>min-interval</c>, so the cost
/// follows the publications, not the pairs of posts. Doc: docs/rules/duplicate-content.md.
/// </summary>
public sealed class DuplicateContentRule : Rule
{
    /// <summary>
    /// A text shared by dozens of posts would give a diagnostic per pair — quadratic, and no help to
    /// anyone: each copy is reported against at most this many others, and each publication looks at
    /// most <see cref="MaxLookups"/> publications back.
    /// </summary>
    public const int MaxPartners = 10;

    private const int MaxLookups = 64;

    /// <summary>
    /// Each text's normalized form, kept as long as the text value lives: an incremental analysis
    /// carries unchanged posts' values over, so one edit normalizes one text, not every text again.
    /// </summary>
    private static readonly ConditionalWeakTable<TextValue, string> Normalized = [];

    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.DuplicateContent,
        Severity.Warning,
        false,
        "Duplicate content",
        "Two posts with the same text are published on one channel less than min-interval apart.");

    public override void CheckPlan(RuleContext context)
    {
        var groupOf = GroupsOfDuplicates(context);
        if (groupOf.Count == 0)
        {
            return;
        }

        var period = context.Settings.MinInterval.ToPeriod();
        var found = new Dictionary<(string Earlier, string Later), Dictionary<string, Finding>>();
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        var byChannel = PublicationsOfGroups(groupOf, context.Schedule);
        foreach (var channel in context.Model.Channels.Select(c => c.Id).Distinct(StringComparer.Ordinal))
        {
            if (byChannel.TryGetValue(channel, out var groups))
            {
                // In the order the channel's publications first reach each group, as a walk of them all would meet them.
                foreach (var publications in groups.Values.OrderBy(g => context.Schedule.PositionOf(g[0])))
                {
                    Sweep(publications, period, groupOf, found, partners);
                }
            }
        }

        var postOf = groupOf.Values.Select(m => m.Post).DistinctBy(p => p.Id).ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var ((earlierId, laterId), clashes) in found.OrderBy(f => postOf[f.Key.Later].Syntax.Span.Start).ThenBy(f => postOf[f.Key.Earlier].Syntax.Span.Start))
        {
            // On the later post's text used on the first clashing channel in its on order; the
            // message names the first clash among the channels that use that text.
            var later = postOf[laterId];
            var first = context.Model.ChannelsOf(later).Select(c => c.Value).First(clashes.ContainsKey);
            var text = groupOf[(laterId, first)].Text;
            var finding = clashes.Where(f => groupOf[(laterId, f.Key)].Text == text).Select(f => f.Value).MinBy(f => f.Second.Nominal)!;
            var mine = finding.First.Post == laterId ? finding.First : finding.Second;
            var theirs = finding.First.Post == laterId ? finding.Second : finding.First;
            var minimum = context.Settings.MinInterval;
            context.Report(
                text,
                context.Say(
                    MessageId.DuplicateContent,
                    ("earlier", earlierId),
                    ("channel", mine.Channel),
                    ("minimum", context.Words.Duration(minimum)),
                    ("setting", minimum.ToString()),
                    ("theirs", context.Words.DayTime(theirs.Local)),
                    ("mine", context.Words.DayTime(mine.Local))),
                related: [new RelatedInformation(groupOf[(earlierId, mine.Channel)].Text, context.Say(MessageId.DuplicateContentRelated, ("earlier", earlierId)))]);
        }
    }

    /// <summary>The same text as the rule compares it: NFC, lower-cased invariantly, blanks collapsed to one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blank = false;
        foreach (var c in Nfc.Normalize(text).ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                blank = builder.Length > 0;
                continue;
            }

            if (blank)
            {
                builder.Append(' ');
                blank = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The posts whose text on a channel another post shares, by (post, channel): the group, the post,
    /// and where that text is in the file. A post's text on a channel is its variant there, else its plain text.
    /// The groups come from those the previous analysis kept (<see cref="TextGroups"/>), and are kept for the next.
    /// </summary>
    private static Dictionary<(string Post, string Channel), Member> GroupsOfDuplicates(RuleContext context)
    {
        var model = context.Model;
        var groups = TextGroups.Of(model, context.Kept as TextGroups, text => Normalized.GetValue(text, t => Normalize(t.Content)));
        context.Keep(groups);
        var groupOf = new Dictionary<(string, string), Member>();
        for (var group = 0; group < groups.Shared.Count; group++)
        {
            foreach (var (p, t) in groups.Shared[group])
            {
                var post = model.Posts[p];
                var text = post.AllTexts().ElementAt(t);
                foreach (var channel in model.ChannelsOf(post).Select(c => c.Value).Where(c => post.TextFor(c) == text))
                {
                    groupOf.TryAdd((post.Id, channel), new Member(group, post, text.Span));
                }
            }
        }

        return groupOf;
    }

    /// <summary>
    /// The publications of grouped posts on the channels their shared text is used on, by channel and
    /// group, each in schedule order: read from each member's own publications, so the cost follows
    /// the posts that share a text, not every publication of the plan.
    /// </summary>
    private static Dictionary<string, Dictionary<int, List<Publication>>> PublicationsOfGroups(Dictionary<(string Post, string Channel), Member> groupOf, ScheduleIndex schedule)
    {
        var byChannel = new Dictionary<string, Dictionary<int, List<Publication>>>(StringComparer.Ordinal);
        foreach (var ((post, channel), member) in groupOf)
        {
            foreach (var publication in schedule.OfPost(post))
            {
                if (publication.Channel != channel)
                {
                    continue;
                }

                if (!byChannel.TryGetValue(channel, out var groups))
                {
                    byChannel[channel] = groups = [];
                }

                if (!groups.TryGetValue(member.Group, out var list))
                {
                    groups[member.Group] = list = [];
                }

                list.Add(publication);
            }
        }

        foreach (var list in byChannel.Values.SelectMany(g => g.Values))
        {
            list.Sort((a, b) => schedule.PositionOf(a).CompareTo(schedule.PositionOf(b)));
        }

        return byChannel;
    }

    /// <summary>
    /// Walks one channel's publications of one group in local time, keeping the window of those less
    /// than <paramref name="period"/> before the current one (contiguous, since adding a period keeps
    /// the order) and the latest publication of each post in it.
    /// </summary>
    private static void Sweep(
        List<Publication> publications,
        Period period,
        Dictionary<(string Post, string Channel), Member> groupOf,
        Dictionary<(string, string), Dictionary<string, Finding>> found,
        Dictionary<string, int> partners)
    {
        var ordered = publications.OrderBy(p => p.Nominal).ToList();
        var inWindow = new Dictionary<string, (int Count, Publication Latest)>(StringComparer.Ordinal);
        var head = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var current = ordered[i];
            while (head < i && !LocalGap.IsLessThan(ordered[head].Nominal, current.Nominal, period))
            {
                var leaving = ordered[head++].Post;
                var (count, latest) = inWindow[leaving];
                if (count == 1)
                {
                    inWindow.Remove(leaving);
                }
                else
                {
                    inWindow[leaving] = (count - 1, latest);
                }
            }

            var me = groupOf[(current.Post, current.Channel)];
            var lookups = 0;
            foreach (var (other, (_, latest)) in inWindow)
            {
                if (other == current.Post)
                {
                    continue;
                }

                if (++lookups > MaxLookups)
                {
                    break;
                }

                var them = groupOf[(other, current.Channel)];
                var key = me.Order > them.Order ? (them.Post.Id, me.Post.Id) : (me.Post.Id, them.Post.Id);
                if (found.TryGetValue(key, out var byChannel))
                {
                    if (!byChannel.TryGetValue(current.Channel, out var known) || current.Nominal < known.Second.Nominal)
                    {
                        byChannel[current.Channel] = new Finding(latest, current);
                    }
                }
                else if (partners.GetValueOrDefault(key.Item2) < MaxPartners)
                {
                    partners[key.Item2] = partners.GetValueOrDefault(key.Item2) + 1;
                    found[key] = new() { [current.Channel] = new Finding(latest, current) };
                }
            }

            inWindow[current.Post] = inWindow.TryGetValue(current.Post, out var entry) ? (entry.Count + 1, current) : (1, current);
        }
    }

    /// <summary>A post whose text on a channel others share: its group, the post, and where that text is in the file.</summary>
    private sealed record Member(int Group, PostModel Post, TextSpan Text)
    {
        public int Order => Post.Syntax.Span.Start;
    }

    /// <summary>The first close pair of publications found: <see cref="First"/> is not after <see cref="Second"/>.</summary>
    private sealed record Finding(Publication First, Publication Second);
}
