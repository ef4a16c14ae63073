using System.Globalization;
using System.Text;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Rules.Calendar;
using CmPlan.Analysis.Rules.Content;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>Hover texts for a post, a queue or a channel, from the schedule as computed (never re-expanded).</summary>
public static class EntityHover
{
    /// <summary>The most publications listed; the rest are summed up.</summary>
    public const int Listed = 20;

    /// <summary>
    /// Every publication of the post, reposts numbered, those after <c>expires</c> marked. Listed once:
    /// every publication is on every channel of the post (contract §4), so per-channel lists would repeat it.
    /// </summary>
    public static string Post(PostModel post, ScheduleIndex index)
    {
        var publications = index.OfPost(post.Id);
        var occurrences = index.OccurrencesOf(post.Id).Count();
        var text = new StringBuilder($"**post `{post.Id}`**");
        if (publications.IsEmpty)
        {
            return text.Append(" — no publication").ToString();
        }

        var channels = publications.Select(p => p.Channel).Distinct(StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $" — {HumanText.Count(occurrences, "publication")} on {string.Join(", ", channels.Select(c => $"`{c}`"))}");
        if (post.Queue is { } queue)
        {
            text.Append(CultureInfo.InvariantCulture, $", from queue `{queue.Value}`");
        }

        var expires = post.Expires?.Value;
        if (expires is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"; expires {Written(expires)}");
        }

        var moments = publications.Where(p => p.Channel == channels[0]).ToList();
        text.Append('\n');
        for (var i = 0; i < Math.Min(moments.Count, Listed); i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {Line(moments[i], expires)}");
        }

        if (moments.Count > Listed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n…and {HumanText.Count(moments.Count - Listed, "more publication")}, the last {Line(moments[^1], expires)}");
        }

        AppendTexts(text, post, channels);
        return text.ToString();
    }

    /// <summary>With variants that give channels different texts (1.2): each text, under the channels that publish it.</summary>
    private static void AppendTexts(StringBuilder text, PostModel post, List<string> channels)
    {
        // In the post's own on order (a queue item: the order its channels publish in).
        var ordered = post.On.IsEmpty ? channels : [.. post.On.Select(o => o.Value).Distinct(StringComparer.Ordinal).Where(channels.Contains)];
        var byText = ordered
            .Select(c => (Channel: c, Text: post.TextFor(c)))
            .Where(t => t.Text is not null)
            .GroupBy(t => t.Text!.Value.Content, StringComparer.Ordinal)
            .ToList();
        if (post.Variants.IsEmpty || byText.Count < 2)
        {
            return;
        }

        foreach (var group in byText)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\nText on {string.Join(", ", group.Select(g => $"`{g.Channel}`"))}:\n");
            foreach (var line in group.Key.Split('\n'))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n> {Escape(line)}");
            }
        }
    }

    /// <summary>
    /// A media: its kind and source, the image as markdown the editor renders (a path resolved
    /// against the plan's <paramref name="document"/> when known), and its alt text or its absence.
    /// </summary>
    public static string Media(PostMedia media, Uri? document)
    {
        var source = media.Source.Value;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**{media.KindName}** `{source.Replace('`', '\'')}`");
        var target = media.IsUrl || document is null || !document.IsAbsoluteUri ? source : new Uri(document, source.Replace('\\', '/')).AbsoluteUri;
        if (media.Kind == MediaKind.Image)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n![{Escape(media.Alt?.Value ?? string.Empty)}](<{target.Replace(">", "%3E", StringComparison.Ordinal)}>)");
        }

        text.Append(media.Alt is { } alt ? $"\n\nAlt text: {Escape(alt.Value)}" : media.Kind == MediaKind.Image ? "\n\nNo alt text." : string.Empty);
        return text.ToString();
    }

    /// <summary>Markdown's own characters written as text.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>The queue's items, slots per week, recycling, and each item's recycle gap (the shortest time between two of its publications).</summary>
    public static string Queue(QueueModel queue, ScheduleIndex index)
    {
        var text = new StringBuilder($"**queue `{queue.Id}`**");
        if (!queue.On.IsEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $" on {string.Join(", ", queue.On.Select(c => $"`{c.Value}`"))}");
        }

        text.Append(CultureInfo.InvariantCulture, $" — {HumanText.Count(queue.Items.Length, "item")}, {HumanText.Count(SlotTimes.PerWeek(queue.Slots), "slot")} a week");
        text.Append("\n\n").Append(Recycling(queue));
        if (queue.Items.IsEmpty)
        {
            return text.ToString();
        }

        text.Append("\n\n| item | publications | recycle gap |\n|---|---|---|");
        foreach (var item in queue.Items)
        {
            var occurrences = index.OccurrencesOf(item.Id).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n| `{item.Id}` | {occurrences.Count} | {RecycleGap(occurrences)} |");
        }

        return text.ToString();
    }

    /// <summary>The channel's network, limit and how length is counted; with a post, that post's counted length.</summary>
    public static string Channel(ChannelModel channel, PostModel? post)
    {
        var text = new StringBuilder($"**channel `{channel.Id}`**");
        text.Append(channel.Network is { } network ? $" — network {Networks.Name(network)}" : " — no known network");
        if (channel.EffectiveLimit is not { } limit)
        {
            text.Append("\n\nNo length limit: neither a known network nor a `limit`.");
        }
        else
        {
            var source = channel.Limit is not null ? "set by `limit`" : "the network's";
            var counting = TextLength.CountingOf(channel.Network);
            text.Append(CultureInfo.InvariantCulture, $"\n\nLimit: {limit} ({source}), counted {Counting(counting)}.");
            if (post?.TextFor(channel.Id) is { } postText)
            {
                var length = TextLength.OfPost(postText.Value.Content, post.Link?.Value, counting);
                text.Append(CultureInfo.InvariantCulture, $"\n\nThis post counts {length} of {limit}{(length > limit ? ": too long" : string.Empty)}.");
            }
        }

        if (!channel.Slots.IsEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\nSlots: {HumanText.Count(SlotTimes.PerWeek(channel.Slots), "slot")} a week.");
        }

        return text.ToString();
    }

    private static string Line(Publication publication, Grammar.Values.DateTimeValue? expires)
    {
        var line = HumanText.DayTime(publication.Local);
        if (publication.IsRepost)
        {
            line += $" — repost {publication.Repost.ToString(CultureInfo.InvariantCulture)}";
        }

        if (expires is not null && !expires.EndIncludes(publication.Local))
        {
            line += " — **after expiry**";
        }

        return line;
    }

    private static string Counting(TextCounting counting) => counting switch
    {
        TextCounting.Weighted => "as X does: most Latin letters and punctuation weigh 1, other characters 2, an emoji 2, every URL 23",
        TextCounting.GraphemesShortUrls => "in characters as readers see them (grapheme clusters), every URL 23",
        _ => "in characters as readers see them (grapheme clusters)",
    };

    private static string Recycling(QueueModel queue)
    {
        if (queue.Recycle?.Value is not { } recycle)
        {
            return "No `recycle`: each item is published once.";
        }

        var bounds = new List<string>();
        if (recycle.Until is { } until)
        {
            bounds.Add($"until {Written(until.Value)}");
        }

        if (recycle.Times is { } times)
        {
            bounds.Add($"for {HumanText.Count(times.Value, "further pass", "further passes")}");
        }

        return bounds.Count == 0 ? "Recycles with no bound." : $"Recycles {string.Join(" and ", bounds)}.";
    }

    private static string RecycleGap(List<Publication> occurrences)
    {
        long? smallest = null;
        for (var i = 1; i < occurrences.Count; i++)
        {
            var minutes = Period.Between(occurrences[i - 1].Local, occurrences[i].Local, PeriodUnits.Minutes).Minutes;
            smallest = smallest is { } s ? Math.Min(s, minutes) : minutes;
        }

        return smallest is { } gap ? HumanText.Gap(Period.FromMinutes(gap)) : "not recycled";
    }

    private static string Written(Grammar.Values.DateTimeValue value) =>
        value.Time is { } time ? HumanText.DayTime(value.Date + time) : HumanText.Day(value.Date);
}
