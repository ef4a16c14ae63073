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

    /// <summary>
    /// The findings of an earlier analysis for <paramref name="post"/>, moved to its place, when the post, its
    /// publications and its surroundings are the same; null when they must be found again. Those whose check
    /// read "now" hold only at the same <see cref="Now"/>.
    /// </summary>
    PostFindings? Carried(PostModel post);

    /// <summary>Keeps what this analysis found on <paramref name="post"/>.</summary>
    void Remember(PostModel post, PostFindings findings);

    /// <summary>
    /// What the rule at <paramref name="rule"/> found across posts in an earlier analysis, when it still holds,
    /// moved, and whether finding it read "now"; null when it must be found again.
    /// </summary>
    (ImmutableArray<Diagnostic> Findings, bool ReadNow)? CarriedAcrossPosts(int rule);

    /// <summary>Keeps what the rule at <paramref name="rule"/> found across posts in this analysis, and whether it read "now".</summary>
    void RememberAcrossPosts(int rule, ImmutableArray<Diagnostic> findings, bool readNow);

    /// <summary>What the rule at <paramref name="rule"/> kept for the next analysis (<see cref="RuleContext.Keep"/>) in the previous one, if any.</summary>
    object? KeptBy(int rule) => null;

    /// <summary>Keeps what the rule at <paramref name="rule"/> handed to the next analysis, or forgets it (null).</summary>
    void Keep(int rule, object? state)
    {
    }
}
