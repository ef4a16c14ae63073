using System.Collections.Immutable;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Configuration;

/// <summary>A valid <c>cmplan.json</c>: every key optional, null where absent.</summary>
public sealed record ConfigFile(
    string? Path,
    PlanDuration? MinInterval,
    int? MaxRepeats,
    PlanDuration? MaxSpan,
    int? MaxAutomated,
    PlanDuration? MinGap,
    ImmutableDictionary<string, SeverityValue> Rules)
{
    /// <summary><c>policy.approvalLead</c> (1.2); null when absent.</summary>
    public PlanDuration? ApprovalLead { get; init; }

    public static ConfigFile Empty { get; } = new(null, null, null, null, null, null, ImmutableDictionary<string, SeverityValue>.Empty);
}
