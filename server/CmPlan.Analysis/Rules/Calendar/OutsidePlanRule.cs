using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>outside-plan</c>: a post's <c>at</c> before the plan's <c>start</c> (00:00 that day) or after its
/// <c>end</c> (the whole day included). Reposts need no check: the plan's end already stops them.
/// Doc: docs/rules/outside-plan.md.
/// </summary>
public sealed class OutsidePlanRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.OutsidePlan,
        Severity.Warning,
        false,
        "Outside the plan",
        "A post's first publication is before the plan's start or after its end.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        var plan = context.Plan;
        if (post.At is not { } at)
        {
            return;
        }

        // Bounds compare instants (contract §4): the plan runs from its start's 00:00 to the end of its last day.
        if (!LocalArithmetic.TryResolve(plan.Zone, at.Value, out var published))
        {
            return;
        }

        var instant = published.ToInstant();
        if (plan.Start is { } start && LocalArithmetic.TryResolve(plan.Zone, start.Value.AtMidnight(), out var first) && instant < first.ToInstant())
        {
            context.Report(
                at.Span,
                context.Say(MessageId.OutsidePlanBefore, ("moment", context.Words.DayTime(at.Value)), ("start", context.Words.Day(start.Value))));
        }
        else if (plan.End is { } end && !InstantBounds.Includes(InstantBounds.EndOfDay(end.Value, plan.Zone), instant))
        {
            context.Report(
                at.Span,
                context.Say(MessageId.OutsidePlanAfter, ("moment", context.Words.DayTime(at.Value)), ("end", context.Words.Day(end.Value))));
        }
    }
}
