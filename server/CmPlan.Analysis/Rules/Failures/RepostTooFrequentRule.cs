using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>repost-too-frequent</c>: a <c>repeat every</c> shorter than the policy's <c>min-interval</c>,
/// compared in local time from the post's first publication (so <c>1mo</c> against <c>30d</c>
/// depends on the month, as the audience will feel it). Doc: docs/rules/repost-too-frequent.md.
/// </summary>
public sealed class RepostTooFrequentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.RepostTooFrequent,
        Severity.Warning,
        false,
        "Repost too frequent",
        "A repeat comes back more often than the policy's min-interval.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        var minimum = context.Settings.MinInterval;
        if (post.Repeat?.Value is not { } repeat || post.At is not { } at)
        {
            return;
        }

        var every = repeat.Every;
        if (LocalGap.Plus(at.Value, every.Value.ToPeriod()) is not { } next
            || !LocalGap.IsLessThan(at.Value, next, minimum.ToPeriod()))
        {
            return;
        }

        // Unsafe: every repost after the first moves (contract §5).
        var fix = Fixes.Unsafe(context.Say(MessageId.RepostTooFrequentFix, ("setting", minimum.ToString())), true, Fixes.Replace(every.Span, minimum.ToString()));
        context.Report(
            every.Span,
            context.Say(
                MessageId.RepostTooFrequent,
                ("every", context.Words.Duration(every.Value)),
                ("minimum", context.Words.Duration(minimum)),
                ("setting", minimum.ToString()),
                ("next", context.Words.DayTime(next))),
            [fix]);
    }
}
