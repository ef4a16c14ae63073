using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>not-approved</c> (1.2): a post (or queue item) with a <c>status</c> other than <c>approved</c>
/// whose first publication comes before now plus the policy's <c>approval-lead</c> (default 2d),
/// measured on local date-times as gaps are. On the <c>status</c> value. Doc: docs/rules/not-approved.md.
/// </summary>
public sealed class NotApprovedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.NotApproved,
        Severity.Warning,
        false,
        "Not approved in time",
        "A post is not approved and its first publication is closer than the approval lead.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (post.Status is not { Value: not ApprovalStatus.Approved } status
            || context.Publications.MinBy(p => p.Instant) is not { } first)
        {
            return;
        }

        var lead = context.Settings.ApprovalLead;
        var now = LocalArithmetic.LocalOf(context.Now, context.Zone, out _);
        if (!LocalGap.IsLessThan(now, first.Local, lead.ToPeriod()))
        {
            return;
        }

        var state = status.Value == ApprovalStatus.Draft ? "still a draft" : "still in review";
        var when = first.Instant < context.Now
            ? $"its first publication, {HumanText.DayTime(first.Local)}, is already past (now is {context.NowText})"
            : $"its first publication is {HumanText.DayTime(first.Local)}, less than {HumanText.Duration(lead)} from now ({context.NowText}; approval-lead {lead})";
        context.Report(status.Span, $"This post is {state}, and {when}. Get it approved and write 'status approved', or move it later.");
    }
}
