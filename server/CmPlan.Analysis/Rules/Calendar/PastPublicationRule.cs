using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>past-publication</c>: a post (not a queue item) whose first publication, its <c>at</c> placed in
/// the plan's zone as the schedule places it, is before now. Informational: a plan is often
/// written after some of it went out. Doc: docs/rules/past-publication.md.
/// </summary>
public sealed class PastPublicationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.PastPublication,
        Severity.Info,
        false,
        "Past publication",
        "A post's first publication is already in the past.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        var zone = context.Zone;
        if (post.At is not { } at
            || !LocalArithmetic.TryResolve(zone, at.Value, out var first)
            || first.ToInstant() >= context.Now)
        {
            return;
        }

        context.Report(
            at.Span,
            context.Say(MessageId.PastPublication, ("moment", context.Words.DayTime(first.LocalDateTime)), ("now", context.NowText)));
    }
}
