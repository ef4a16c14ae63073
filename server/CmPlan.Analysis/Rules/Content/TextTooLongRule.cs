using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
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
                context.Report(text.Span, Message(context.Words, channel, limit, length, counting, post.Link is not null));
            }
        }
    }

    private static string Message(Words words, ChannelModel channel, int limit, int length, TextCounting counting, bool hasLink)
    {
        var counted = words.Say(
            counting switch
            {
                TextCounting.Weighted => MessageId.CountedX,
                TextCounting.GraphemesShortUrls => MessageId.CountedMastodon,
                _ => MessageId.CountedPlain,
            },
            ("length", words.Number(length)));
        var link = hasLink ? words.Say(MessageId.TextWithLink) : string.Empty;
        var whose = (channel.Limit, channel.Network) switch
        {
            (null, { } network) => words.Say(MessageId.LimitNetwork, ("network", $"{network}"), ("limit", words.Number(limit))),
            (_, { } network) => words.Say(MessageId.LimitOwnOver, ("limit", words.Number(limit)), ("network", $"{network}"), ("allowed", $"{Networks.Limit(network)}")),
            _ => words.Say(MessageId.LimitOwn, ("limit", words.Number(limit))),
        };
        return words.Say(
            MessageId.TextTooLong,
            ("channel", channel.Id),
            ("link", link),
            ("counted", counted),
            ("whose", whose),
            ("over", words.Count(length - limit, Noun.Character)));
    }
}
