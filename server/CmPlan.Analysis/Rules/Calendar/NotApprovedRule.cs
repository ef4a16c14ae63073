using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
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

        var state = context.Say(status.Value == ApprovalStatus.Draft ? MessageId.NotApprovedDraft : MessageId.NotApprovedReview);
        var moment = context.Words.DayTime(first.Local);
        var when = first.Instant < context.Now
            ? context.Say(MessageId.NotApprovedPast, ("moment", moment), ("now", context.NowText))
            : context.Say(MessageId.NotApprovedSoon, ("moment", moment), ("lead", context.Words.Duration(lead)), ("now", context.NowText), ("setting", lead.ToString()));
        context.Report(status.Span, context.Say(MessageId.NotApproved, ("state", state), ("when", when)));
    }
}
