using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Media;

/// <summary>
/// <c>missing-media</c> (1.2): a post published on Instagram, TikTok or Pinterest without <c>media</c>
/// (a web address of unknown kind counts), or on YouTube without a video: those networks publish
/// nothing else. Once per channel, on the <c>on</c> value (a queue item's <c>queue</c> value).
/// Doc: docs/rules/missing-media.md.
/// </summary>
public sealed class MissingMediaRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.MissingMedia,
        Severity.Error,
        false,
        "Missing media",
        "A post goes to a network that publishes nothing without an image or video (a video on YouTube), and has none.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (RangeOf(post) is not { } range)
        {
            return;
        }

        var hasVideo = post.Media.Any(m => m.Kind == MediaKind.Video);
        foreach (var id in context.ChannelsOfPost.Select(c => c.Value).Distinct(StringComparer.Ordinal))
        {
            if (context.FindChannel(id) is not { Network: { } network } channel)
            {
                continue;
            }

            var message = Networks.NeedsMedia(network) && post.Media.IsEmpty ? MessageId.MissingMediaAny
                : Networks.NeedsVideo(network) && !hasVideo ? MessageId.MissingMediaVideo
                : (MessageId?)null;
            if (message is { } template)
            {
                var has = post.Media.IsEmpty
                    ? context.Say(MessageId.MissingMediaNone)
                    : context.Say(MessageId.MissingMediaNotVideos, ("videos", string.Join(' ', MediaKinds.Videos)));
                context.Report(range, context.Say(template, ("channel", Quote.Cut(channel.Id)), ("network", Networks.Name(network)), ("has", has)));
            }
        }
    }

    /// <summary>The <c>on</c> value, or a queue item's <c>queue</c> value.</summary>
    private static TextSpan? RangeOf(PostModel post)
    {
        var key = post.IsQueueItem ? "queue" : "on";
        return post.Syntax.Properties.FirstOrDefault(p => p.Key.Text == key)?.Value?.Span;
    }
}
