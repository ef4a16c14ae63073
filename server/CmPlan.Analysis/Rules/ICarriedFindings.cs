using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using NodaTime;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// Where an incremental analysis keeps findings between edits: per post, what each rule of
/// <see cref="RuleRegistry.All"/> found on it alone (<see cref="Rule.CheckPost"/>), by rule index;
/// and per rule, what it found across posts (<see cref="Rule.CheckPlan"/>).
/// </summary>
public interface ICarriedFindings
{
    /// <summary>The "now" the carried findings were found at: those of rules that read it hold only at the same instant.</summary>
    Instant? Now { get; }

    /// <summary>The findings of an earlier analysis that still hold for <paramref name="post"/>, moved to its place; null when they must be found again.</summary>
    ImmutableArray<Diagnostic>[]? Carried(PostModel post);

    /// <summary>Keeps what this analysis found on <paramref name="post"/>.</summary>
    void Remember(PostModel post, ImmutableArray<Diagnostic>[] findings);

    /// <summary>What the rule at <paramref name="rule"/> found across posts in an earlier analysis, when it still holds, moved; null when it must be found again.</summary>
    ImmutableArray<Diagnostic>? CarriedAcrossPosts(int rule);

    /// <summary>Keeps what the rule at <paramref name="rule"/> found across posts in this analysis.</summary>
    void RememberAcrossPosts(int rule, ImmutableArray<Diagnostic> findings);
}
