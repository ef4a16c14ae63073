using System.Globalization;
using System.Text;
using CmPlan.Analysis.Localization;
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
    public static string Post(PostModel post, ScheduleIndex index, Words words)
    {
        var publications = index.OfPost(post.Id);
        var occurrences = index.OccurrencesOf(post.Id).Count();
        var text = new StringBuilder(words.Say(MessageId.HoverPostTitle, ("id", post.Id)));
        if (publications.IsEmpty)
        {
            return text.Append(words.Say(MessageId.HoverNoPublication)).ToString();
        }

        var channels = publications.Select(p => p.Channel).Distinct(StringComparer.Ordinal).ToList();
        text.Append(words.Say(MessageId.HoverPostOn, ("count", words.Count(occurrences, Noun.Publication)), ("channels", string.Join(", ", channels.Select(c => $"`{c}`")))));
        if (post.Queue is { } queue)
        {
            text.Append(words.Say(MessageId.HoverFromQueue, ("queue", queue.Value)));
        }

        var expires = post.Expires?.Value;
        if (expires is not null)
        {
            text.Append(words.Say(MessageId.HoverExpires, ("moment", Written(expires, words))));
        }

        var moments = publications.Where(p => p.Channel == channels[0]).ToList();
        text.Append('\n');
        for (var i = 0; i < Math.Min(moments.Count, Listed); i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {Line(moments[i], expires, words)}");
        }

        if (moments.Count > Listed)
        {
            text.Append("\n\n").Append(words.Say(MessageId.HoverMore, ("count", words.Count(moments.Count - Listed, Noun.MorePublication)), ("line", Line(moments[^1], expires, words))));
        }

        AppendTexts(text, post, channels, words);
        return text.ToString();
    }

    /// <summary>With variants that give channels different texts (1.2): each text, under the channels that publish it.</summary>
    private static void AppendTexts(StringBuilder text, PostModel post, List<string> channels, Words words)
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
            text.Append("\n\n").Append(words.Say(MessageId.HoverTextOn, ("channels", string.Join(", ", group.Select(g => $"`{g.Channel}`"))))).Append('\n');
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
    public static string Media(PostMedia media, Uri? document, Words words)
    {
        var source = media.Source.Value;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**{words.Say(media.Kind == MediaKind.Image ? MessageId.HoverImage : MessageId.HoverVideo)}** `{source.Replace('`', '\'')}`");
        var target = media.IsUrl || document is null || !document.IsAbsoluteUri ? source : new Uri(document, source.Replace('\\', '/')).AbsoluteUri;
        if (media.Kind == MediaKind.Image)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n![{Escape(media.Alt?.Value ?? string.Empty)}](<{target.Replace(">", "%3E", StringComparison.Ordinal)}>)");
        }

        if (media.Alt is { } alt)
        {
            text.Append("\n\n").Append(words.Say(MessageId.HoverAltText, ("alt", Escape(alt.Value))));
        }
        else if (media.Kind == MediaKind.Image)
        {
            text.Append("\n\n").Append(words.Say(MessageId.HoverNoAlt));
        }
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
    public static string Queue(QueueModel queue, ScheduleIndex index, Words words)
    {
        var text = new StringBuilder(words.Say(MessageId.HoverQueueTitle, ("id", queue.Id)));
        if (!queue.On.IsEmpty)
        {
            text.Append(words.Say(MessageId.HoverQueueOn, ("channels", string.Join(", ", queue.On.Select(c => $"`{c.Value}`")))));
        }

        text.Append(words.Say(MessageId.HoverQueueSize, ("items", words.Count(queue.Items.Length, Noun.Item)), ("slots", words.Count(SlotTimes.PerWeek(queue.Slots), Noun.Slot))));
        text.Append("\n\n").Append(Recycling(queue, words));
        if (queue.Items.IsEmpty)
        {
            return text.ToString();
        }

        text.Append("\n\n").Append(words.Say(MessageId.HoverQueueTable)).Append("\n|---|---|---|");
        foreach (var item in queue.Items)
        {
            var occurrences = index.OccurrencesOf(item.Id).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n| `{item.Id}` | {words.Number(occurrences.Count)} | {RecycleGap(occurrences, words)} |");
        }

        return text.ToString();
    }

    /// <summary>The channel's network, limit and how length is counted; with a post, that post's counted length.</summary>
    public static string Channel(ChannelModel channel, PostModel? post, Words words)
    {
        var text = new StringBuilder(words.Say(MessageId.HoverChannelTitle, ("id", channel.Id)));
        text.Append(channel.Network is { } network ? words.Say(MessageId.HoverNetwork, ("network", Networks.Name(network))) : words.Say(MessageId.HoverNoNetwork));
        if (channel.EffectiveLimit is not { } limit)
        {
            text.Append("\n\n").Append(words.Say(MessageId.HoverNoLimit));
        }
        else
        {
            var source = words.Say(channel.Limit is not null ? MessageId.HoverLimitSet : MessageId.HoverLimitNetwork);
            var counting = TextLength.CountingOf(channel.Network);
            text.Append("\n\n").Append(words.Say(MessageId.HoverLimit, ("limit", words.Number(limit)), ("source", source), ("counting", Counting(counting, words))));
            if (post?.TextFor(channel.Id) is { } postText)
            {
                var length = TextLength.OfPost(postText.Value.Content, post.Link?.Value, counting);
                var over = length > limit ? words.Say(MessageId.HoverTooLong) : string.Empty;
                text.Append("\n\n").Append(words.Say(MessageId.HoverPostCounts, ("length", words.Number(length)), ("limit", words.Number(limit)), ("over", over)));
            }
        }

        if (!channel.Slots.IsEmpty)
        {
            text.Append("\n\n").Append(words.Say(MessageId.HoverSlots, ("slots", words.Count(SlotTimes.PerWeek(channel.Slots), Noun.Slot))));
        }

        return text.ToString();
    }

    private static string Line(Publication publication, Grammar.Values.DateTimeValue? expires, Words words)
    {
        var line = words.DayTime(publication.Local);
        if (publication.IsRepost)
        {
            line += words.Say(MessageId.HoverRepost, ("number", words.Number(publication.Repost)));
        }

        if (expires is not null && publication.IsAfter(expires))
        {
            line += words.Say(MessageId.HoverAfterExpiry);
        }

        return line;
    }

    private static string Counting(TextCounting counting, Words words) => words.Say(counting switch
    {
        TextCounting.Weighted => MessageId.HoverCountingX,
        TextCounting.GraphemesShortUrls => MessageId.HoverCountingMastodon,
        _ => MessageId.HoverCountingPlain,
    });

    private static string Recycling(QueueModel queue, Words words)
    {
        if (queue.Recycle?.Value is not { } recycle)
        {
            return words.Say(MessageId.HoverNoRecycle);
        }

        var bounds = new List<string>();
        if (recycle.Until is { } until)
        {
            bounds.Add(words.Say(MessageId.HoverRecycleUntil, ("moment", Written(until.Value, words))));
        }

        if (recycle.Times is { } times)
        {
            bounds.Add(words.Say(MessageId.HoverRecycleFor, ("count", words.Count(times.Value, Noun.FurtherPass))));
        }

        return bounds.Count switch
        {
            0 => words.Say(MessageId.HoverRecycleUnbounded),
            1 => words.Say(MessageId.HoverRecycles, ("bounds", bounds[0])),
            _ => words.Say(MessageId.HoverRecycles, ("bounds", words.Say(MessageId.HoverBoundsAnd, ("first", bounds[0]), ("second", bounds[1])))),
        };
    }

    private static string RecycleGap(List<Publication> occurrences, Words words)
    {
        long? smallest = null;
        for (var i = 1; i < occurrences.Count; i++)
        {
            var minutes = Period.Between(occurrences[i - 1].Local, occurrences[i].Local, PeriodUnits.Minutes).Minutes;
            smallest = smallest is { } s ? Math.Min(s, minutes) : minutes;
        }

        return smallest is { } gap ? words.Gap(Period.FromMinutes(gap)) : words.Say(MessageId.HoverNotRecycled);
    }

    private static string Written(Grammar.Values.DateTimeValue value, Words words) =>
        value.Time is { } time ? words.DayTime(value.Date + time) : words.Day(value.Date);
}
