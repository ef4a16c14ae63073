using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>text-too-long</c>: a post's text, its link included, is longer than the limit of one of the
/// channels it goes to (its own, or its queue's), counted as that channel's network counts
/// (<see cref="TextLength"/>). One diagnostic per channel over. Doc: docs/rules/text-too-long.md.
/// </summary>
public sealed class TextTooLongRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.TextTooLong,
        Severity.Error,
        false,
        "Text too long for the channel",
        "A post's text is longer than a channel's limit.");

    public override void CheckPost(RuleContext context, PostModel post)
    {
        if (post.Text is not { } text)
        {
            return;
        }

        var on = post.Queue is { } queueName ? context.Model.FindQueue(queueName.Value)?.On ?? [] : post.On;
        var lengths = new Dictionary<TextCounting, int>();
        foreach (var id in on.Select(o => o.Value).Distinct(StringComparer.Ordinal))
        {
            if (context.Model.FindChannel(id) is not { EffectiveLimit: { } limit } channel)
            {
                continue;
            }

            var counting = TextLength.CountingOf(channel.Network);
            if (!lengths.TryGetValue(counting, out var length))
            {
                lengths[counting] = length = TextLength.OfPost(text.Value.Content, post.Link?.Value, counting);
            }

            if (length > limit)
            {
                context.Report(text.Span, Message(channel, limit, length, counting, post.Link is not null));
            }
        }
    }

    private static string Message(ChannelModel channel, int limit, int length, TextCounting counting, bool hasLink)
    {
        var counted = counting switch
        {
            TextCounting.Weighted => $"{length} characters as X counts them (URLs 23, emoji and CJK characters 2)",
            TextCounting.GraphemesShortUrls => $"{length} characters as Mastodon counts them (URLs 23)",
            _ => $"{length} characters",
        };
        var link = hasLink ? " with its link" : string.Empty;
        var whose = (channel.Limit, channel.Network) switch
        {
            (null, { } network) => $"the {network} limit of {limit}",
            (_, { } network) => $"its own limit of {limit} ({network} allows {Networks.Limit(network)})",
            _ => $"its own limit of {limit}",
        };
        var over = length - limit;
        return $"Too long for channel '{channel.Id}': the text{link} is {counted}, over {whose}. Cut {over} {(over == 1 ? "character" : "characters")}.";
    }
}
