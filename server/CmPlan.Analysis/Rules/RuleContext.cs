using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using NodaTime;

namespace CmPlan.Analysis.Rules;

/// <summary>What a rule's check across posts sees of one analysis: the whole model and schedule.</summary>
public sealed class RuleContext : RuleScope
{
    internal RuleContext(
        DocumentSyntax syntax,
        PlanModel model,
        ScheduleIndex schedule,
        Instant now,
        RuleDescriptor rule,
        Severity severity,
        Words words)
        : base(syntax, model.Plan, model.Settings, now, rule, severity, words)
    {
        Model = model;
        Schedule = schedule;
    }

    public PlanModel Model { get; }

    public ScheduleIndex Schedule { get; }

    /// <summary>
    /// What this rule kept (<see cref="Keep"/>) in the previous analysis of the same document, if any: an
    /// immutable snapshot the rule checks against this model itself before it uses it (an incremental
    /// analysis hands it over whatever the edit was; it may be shared with a fork of the session).
    /// </summary>
    internal object? Kept { get; init; }

    /// <summary>What <see cref="Keep"/> was given in this analysis.</summary>
    internal object? ToKeep { get; private set; }

    /// <summary>Hands <paramref name="state"/> (immutable) to this rule's check in the next analysis of the document.</summary>
    internal void Keep(object state) => ToKeep = state;
}
