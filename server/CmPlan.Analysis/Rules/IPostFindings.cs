using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// Where an incremental analysis keeps each post's findings between edits: per post, what each
/// rule of <see cref="RuleRegistry.All"/> found on it alone (<see cref="Rule.CheckPost"/>), by index.
/// </summary>
public interface IPostFindings
{
    /// <summary>The findings of an earlier analysis that still hold for <paramref name="post"/>, moved to its place; null when they must be found again.</summary>
    ImmutableArray<Diagnostic>[]? Carried(PostModel post);

    /// <summary>Keeps what this analysis found on <paramref name="post"/>.</summary>
    void Remember(PostModel post, ImmutableArray<Diagnostic>[] findings);
}
