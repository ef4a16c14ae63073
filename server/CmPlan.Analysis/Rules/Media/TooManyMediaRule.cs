using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Media;

/// <summary>
/// <c>too-many-media</c> (1.2): more <c>media</c> than a channel's <c>max-media</c> (its own, else
/// its network's: x, bluesky, mastodon 4; instagram 20). Once per channel, on the first media past
/// the limit. Doc: docs/rules/too-many-media.md.
/// </summary>
public sealed class TooManyMediaRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.TooManyMedia,
        Severity.Error,
        false,
        "Too many media",
        "A post carries more media than a channel allows.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        foreach (var id in context.ChannelsOfPost.Select(c => c.Value).Distinct(StringComparer.Ordinal))
        {
            if (context.FindChannel(id) is not { EffectiveMaxMedia: { } max } channel || post.Media.Length <= max)
            {
                continue;
            }

            var first = post.Media[max];
            var whose = channel.MaxMedia is not null || channel.Network is not { } network
                ? context.Say(MessageId.TooManyMediaOwn)
                : context.Say(MessageId.TooManyMediaNetwork, ("network", Networks.Name(network)));
            var span = TextSpan.FromBounds(first.Source.Span.Start, (first.Alt ?? first.Source).Span.End);
            context.Report(
                span,
                context.Say(
                    MessageId.TooManyMedia,
                    ("count", context.Words.Count(post.Media.Length, Noun.Media)),
                    ("channel", Quote.Cut(channel.Id)),
                    ("max", context.Words.Number(max)),
                    ("whose", whose)));
        }
    }
}
