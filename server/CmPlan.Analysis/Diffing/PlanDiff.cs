using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Diffing;

/// <summary>
/// What a change does to one plan: publications added, removed or moved (matched by post, channel
/// and repost index), posts whose text or link changed while they still publish, and diagnostics
/// introduced or resolved (matched by rule and enclosing block, as multisets). Publication lists are
/// in time order (moved ones by their new instant); diagnostics in the order of their file.
/// </summary>
public sealed record PlanDiff(
    ImmutableArray<Publication> Added,
    ImmutableArray<Publication> Removed,
    ImmutableArray<MovedPublication> Moved,
    ImmutableArray<string> TextChanged,
    ImmutableArray<Diagnostic> Introduced,
    ImmutableArray<Diagnostic> Resolved)
{
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Moved.IsEmpty && TextChanged.IsEmpty && Introduced.IsEmpty && Resolved.IsEmpty;

    /// <summary>Compares two analyses of a plan; null stands for a file that does not exist on that side.</summary>
    public static PlanDiff Compare(AnalysisResult? before, AnalysisResult? after)
    {
        var (added, removed, moved) = PublicationMatcher.Match(
            before?.Schedule.Publications ?? [],
            after?.Schedule.Publications ?? []);
        var (introduced, resolved) = DiagnosticMatcher.Match(before, after);
        return new PlanDiff(added, removed, moved, TextChanges(before, after), introduced, resolved);
    }

    /// <summary>Posts on both sides, with publications in the new plan, whose text (a variant included) or link differs.</summary>
    private static ImmutableArray<string> TextChanges(AnalysisResult? before, AnalysisResult? after)
    {
        if (before is null || after is null)
        {
            return [];
        }

        var publishing = after.Schedule.Publications.Select(p => p.Post).ToHashSet(StringComparer.Ordinal);
        return [.. after.Model.Posts
            .Where(post => publishing.Contains(post.Id))
            .Where(post => before.Model.FindPost(post.Id) is { } old
                && (!Texts(old).SequenceEqual(Texts(post)) || old.Link?.Value != post.Link?.Value))
            .Select(post => post.Id)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What a post publishes as text: every text property's content, variants included (1.2).</summary>
    private static IEnumerable<string> Texts(PostModel post) => post.AllTexts().Select(t => t.Value.Content);
}
