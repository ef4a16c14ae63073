using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// <c>text-too-long</c>: the text a channel publishes (its variant, else the plain text), its link
/// included, is longer than that channel's limit (the post's channels, or its queue's), counted as that channel's network counts
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

    public override void CheckPost(PostContext context, PostModel post)
    {
        var lengths = new Dictionary<(TextSpan, TextCounting), int>();
        foreach (var id in context.ChannelsOfPost.Select(o => o.Value).Distinct(StringComparer.Ordinal))
        {
            // Each channel's own text: its variant, else the plain text (1.2).
            if (post.TextFor(id) is not { } text || context.FindChannel(id) is not { EffectiveLimit: { } limit } channel)
            {
                continue;
            }

            var counting = TextLength.CountingOf(channel.Network);
            if (!lengths.TryGetValue((text.Span, counting), out var length))
            {
                lengths[(text.Span, counting)] = length = TextLength.OfPost(text.Value.Content, post.Link?.Value, counting);
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
