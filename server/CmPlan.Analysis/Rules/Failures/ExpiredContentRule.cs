using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>expired-content</c>: a post or queue item whose <c>expires</c> has passed. A date is valid to
/// the end of its day in the plan's zone, a date-time to the end of its minute; the comparison is
/// made as instants with now. Doc: docs/rules/expired-content.md.
/// </summary>
public sealed class ExpiredContentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.ExpiredContent,
        Severity.Warning,
        false,
        "Expired content",
        "A post or queue item expired before now.");

    public override bool ReadsNow => true;

    public override void CheckPost(RuleContext context, PostModel post)
    {
        if (post.Expires is not { } expires
            || Expiry.ExpiredFrom(expires.Value, context.Zone) is not { } expiredFrom
            || context.Now < expiredFrom)
        {
            return;
        }

        var kind = post.IsQueueItem ? "queue item" : "post";
        var consequence = post.Queue is { } queue
            ? $"the queue '{queue.Value}' skips it from then on"
            : "it has no place left in the plan";
        var fix = Fixes.Unsafe($"Delete the {kind} '{post.Id}'", true, Fixes.DeleteBlock(context.Source, post.Syntax));
        context.Report(
            expires.Span,
            $"This content expired on {Expiry.Describe(expires.Value)}, before now ({context.NowText}): {consequence}. "
            + $"Delete the {kind}, or correct 'expires' if it is still valid.",
            [fix]);
    }
}
