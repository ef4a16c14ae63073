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
}
