using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        var groupOf = GroupsOfDuplicates(context.Model);
        if (groupOf.Count == 0)
        {
            return;
        }

        var period = context.Settings.MinInterval.ToPeriod();
        var found = new Dictionary<(string Earlier, string Later), Finding>();
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var channel in context.Model.Channels.Select(c => c.Id).Distinct(StringComparer.Ordinal))
        {
            var byGroup = new Dictionary<int, List<Publication>>();
            foreach (var publication in context.Schedule.OnChannel(channel))
            {
                if (groupOf.TryGetValue(publication.Post, out var member))
                {
                    if (!byGroup.TryGetValue(member.Group, out var list))
                    {
                        byGroup[member.Group] = list = [];
                    }

                    list.Add(publication);
                }
            }

            foreach (var publications in byGroup.Values)
            {
                Sweep(publications, period, groupOf, found, partners);
            }
        }

        foreach (var ((earlierId, laterId), finding) in found.OrderBy(f => groupOf[f.Key.Later].Order).ThenBy(f => groupOf[f.Key.Earlier].Order))
        {
            var mine = finding.First.Post == laterId ? finding.First : finding.Second;
            var theirs = finding.First.Post == laterId ? finding.Second : finding.First;
            var minimum = context.Settings.MinInterval;
            context.Report(
                groupOf[laterId].Text,
                context.Say(
                    MessageId.DuplicateContent,
                    ("earlier", earlierId),
                    ("channel", mine.Channel),
                    ("minimum", context.Words.Duration(minimum)),
                    ("setting", minimum.ToString()),
                    ("theirs", context.Words.DayTime(theirs.Local)),
                    ("mine", context.Words.DayTime(mine.Local))),
                related: [new RelatedInformation(groupOf[earlierId].Text, context.Say(MessageId.DuplicateContentRelated, ("earlier", earlierId)))]);
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

    /// <summary>Posts whose text another post shares, by id: the group and their rank in the file.</summary>
    private static Dictionary<string, Member> GroupsOfDuplicates(PlanModel model)
    {
        // Most texts are unique: a list is made only for a text seen a second time.
        var byText = new Dictionary<string, (PostModel First, List<PostModel>? All)>(model.Posts.Length, StringComparer.Ordinal);
        var shared = new List<List<PostModel>>();
        foreach (var post in model.Posts)
        {
            if (post.Text is { } text && Normalized.GetValue(text.Value, t => Normalize(t.Content)) is { Length: > 0 } key)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(byText, key, out var exists);
                if (!exists)
                {
                    entry = (post, null);
                }
                else if (entry.All is null)
                {
                    entry.All = [entry.First, post];
                    shared.Add(entry.All);
                }
                else
                {
                    entry.All.Add(post);
                }
            }
        }

        var groupOf = new Dictionary<string, Member>(StringComparer.Ordinal);
        for (var group = 0; group < shared.Count; group++)
        {
            foreach (var post in shared[group])
            {
                groupOf.TryAdd(post.Id, new Member(group, post, post.Text?.Span ?? default));
            }
        }

        return groupOf;
    }

    /// <summary>
    /// Walks one channel's publications of one group in local time, keeping the window of those less
    /// than <paramref name="period"/> before the current one (contiguous, since adding a period keeps
    /// the order) and the latest publication of each post in it.
    /// </summary>
    private static void Sweep(
        List<Publication> publications,
        Period period,
        Dictionary<string, Member> groupOf,
        Dictionary<(string, string), Finding> found,
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

            var me = groupOf[current.Post];
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

                var them = groupOf[other];
                var key = me.Order > them.Order ? (them.Post.Id, me.Post.Id) : (me.Post.Id, them.Post.Id);
                if (found.TryGetValue(key, out var known))
                {
                    if (current.Nominal < known.Second.Nominal)
                    {
                        found[key] = new Finding(latest, current);
                    }
                }
                else if (partners.GetValueOrDefault(key.Item2) < MaxPartners)
                {
                    partners[key.Item2] = partners.GetValueOrDefault(key.Item2) + 1;
                    found[key] = new Finding(latest, current);
                }
            }

            inWindow[current.Post] = inWindow.TryGetValue(current.Post, out var entry) ? (entry.Count + 1, current) : (1, current);
        }
    }

    /// <summary>A post whose text others share: its group, the post, and where its text is in the file (its declaration order).</summary>
    private sealed record Member(int Group, PostModel Post, TextSpan Text)
    {
        public int Order => Text.Start;
    }

    /// <summary>The first close pair of publications found: <see cref="First"/> is not after <see cref="Second"/>.</summary>
    private sealed record Finding(Publication First, Publication Second);
}
