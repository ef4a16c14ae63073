using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>
/// One <c>media</c> of a post (contract §3, 1.2): a web address or a path relative to the plan's
/// folder, its kind, and its alt text (null when absent or written <c>alt ""</c>).
/// </summary>
public sealed record PostMedia(Located<string> Source, MediaKind Kind, bool IsUrl, Located<string>? Alt)
{
    public string KindName => Kind switch
    {
        MediaKind.Image => "image",
        MediaKind.Video => "video",
        _ => "unknown",
    };
}
