using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Media;

/// <summary>
/// <c>media-not-found</c> (1.2): a <c>media</c> path that names no file, looked up relative to the
/// plan's folder by the <see cref="IMediaFiles"/> the CLI or the language server gives (none: not
/// checked; web addresses are never fetched). A path out of the repository is reported unlooked-at.
/// On the path. Doc: docs/rules/media-not-found.md.
/// </summary>
public sealed class MediaNotFoundRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.MediaNotFound,
        Severity.Error,
        false,
        "Media file not found",
        "A media path names no file next to the plan.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (context.MediaFiles is not { } files)
        {
            return;
        }

        foreach (var media in post.Media.Where(m => !m.IsUrl))
        {
            var path = Quote.Cut(media.Source.Value);
            switch (files.Check(media.Source.Value))
            {
                case MediaFileStatus.Missing:
                    context.Report(media.Source.Span, context.Say(MessageId.MediaNotFoundMissing, ("path", path)));
                    break;
                case MediaFileStatus.Outside:
                    context.Report(media.Source.Span, context.Say(MessageId.MediaNotFoundOutside, ("path", path)));
                    break;
            }
        }
    }
}
