using CmPlan.Analysis.Diagnostics;
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

    public override void CheckPost(RuleContext context, PostModel post)
    {
        var lengths = new Dictionary<(TextSpan, TextCounting), int>();
        foreach (var id in context.Model.ChannelsOf(post).Select(o => o.Value).Distinct(StringComparer.Ordinal))
        {
            // Each channel's own text: its variant, else the plain text (1.2).
            if (post.TextFor(id) is not { } text || context.Model.FindChannel(id) is not { EffectiveLimit: { } limit } channel)
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
