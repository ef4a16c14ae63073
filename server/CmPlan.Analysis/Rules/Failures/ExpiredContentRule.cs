using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
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

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (post.Expires is not { } expires
            || Expiry.ExpiredFrom(expires.Value, context.Zone) is not { } expiredFrom
            || context.Now < expiredFrom)
        {
            return;
        }

        var kind = context.Say(post.IsQueueItem ? MessageId.ExpiredKindQueueItem : MessageId.ExpiredKindPost);
        var consequence = post.Queue is { } queue
            ? context.Say(MessageId.ExpiredSkippedByQueue, ("queue", queue.Value))
            : context.Say(MessageId.ExpiredNoPlace);
        var fix = Fixes.Unsafe(context.Say(MessageId.ExpiredDeleteFix, ("kind", kind), ("id", post.Id)), true, Fixes.DeleteBlock(context.Source, post.Syntax));
        context.Report(
            expires.Span,
            context.Say(
                MessageId.ExpiredContent,
                ("expires", Expiry.Describe(expires.Value, context.Words)),
                ("now", context.NowText),
                ("consequence", consequence),
                ("kind", kind)),
            [fix]);
    }
}
