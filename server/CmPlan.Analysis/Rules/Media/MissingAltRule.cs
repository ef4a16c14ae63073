using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Rules.Media;

/// <summary>
/// <c>missing-alt</c> (1.2): an image <c>media</c> without <c>alt</c> (or with <c>alt ""</c>): screen
/// readers then say "image" and nothing more. On the media's source. Doc: docs/rules/missing-alt.md.
/// </summary>
public sealed class MissingAltRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.MissingAlt,
        Severity.Warning,
        false,
        "Image without alt text",
        "An image has no description for screen readers.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        foreach (var media in post.Media.Where(m => m.Kind == MediaKind.Image && m.Alt is null))
        {
            context.Report(media.Source.Span, context.Say(MessageId.MissingAlt));
        }
    }
}
