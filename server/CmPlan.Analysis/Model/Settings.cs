using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>
/// The effective policy: built-in defaults, then the nearest <c>cmplan.json</c>, then the file's
/// <c>policy</c> block. <see cref="RuleSeverities"/> maps a rule id to its configured severity (<c>off</c> included).
/// </summary>
public sealed record Settings(
    PlanDuration MinInterval,
    int MaxRepeats,
    PlanDuration MaxSpan,
    int MaxAutomated,
    PlanDuration MinGap,
    ImmutableDictionary<string, SeverityValue> RuleSeverities)
{
    /// <summary>How long before its first publication a post with a <c>status</c> must be approved (1.2, <c>approval-lead</c>).</summary>
    public PlanDuration ApprovalLead { get; init; } = DefaultApprovalLead;

    public static PlanDuration DefaultApprovalLead { get; } = new(2, DurationUnit.Days);

    public static Settings Defaults { get; } = new(
        new PlanDuration(7, DurationUnit.Days),
        10,
        new PlanDuration(90, DurationUnit.Days),
        50,
        new PlanDuration(10, DurationUnit.Minutes),
        ImmutableDictionary<string, SeverityValue>.Empty);

    /// <summary>The severity a rule reports with, or null when it is turned off. Structural rules are always errors.</summary>
    public Severity? SeverityOf(RuleDescriptor rule)
    {
        if (rule.IsStructural || !RuleSeverities.TryGetValue(rule.Id, out var configured))
        {
            return rule.DefaultSeverity;
        }

        return configured switch
        {
            SeverityValue.Error => Severity.Error,
            SeverityValue.Warning => Severity.Warning,
            SeverityValue.Info => Severity.Info,
            SeverityValue.Hint => Severity.Hint,
            _ => null,
        };
    }
}
