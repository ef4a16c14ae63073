using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>span-too-long</c>: a post or queue item whose last publication is more than the policy's
/// <c>max-span</c> after its first, measured in local time (contract §4). A queue is reported once,
/// on its <c>recycle</c>, naming the item with the longest span. Unbounded repeats and recycles are
/// left to <c>unbounded-repost</c>. Doc: docs/rules/span-too-long.md.
/// </summary>
public sealed class SpanTooLongRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.SpanTooLong,
        Severity.Warning,
        false,
        "Reposted for too long",
        "A content's first and last publications are further apart than max-span.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        var maxSpan = context.Settings.MaxSpan;
        var limit = maxSpan.ToPeriod();
        if (post.Repeat is not { } repeat
            || !repeat.Value.IsBounded
            || ContentRun.Of(context.Publications, post) is not { } run
            || !run.Exceeds(limit))
        {
            return;
        }

        var words = context.Words;
        var stop = LocalGap.Plus(run.First.Nominal, limit)?.Date;
        var message = words.Say(
            MessageId.SpanTooLong,
            ("from", words.Day(run.First.Local.Date)),
            ("to", words.Day(run.Last.Local.Date)),
            ("gap", words.Gap(run.Span)),
            ("policy", Policy(words, maxSpan)),
            ("stop", stop is { } s ? words.Say(MessageId.SpanStop, ("day", words.Day(s))) : string.Empty));
        var bound = LocalGap.Plus(run.First.Nominal, limit) is { } end
            ? new RepostBound(RepostBound.At(end), words.Say(MessageId.SpanReason, ("setting", maxSpan.ToString())))
            : null;
        context.Report(repeat.Span, message, Fix(context, repeat.Value.Until, repeat.Span, bound));
    }

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        var maxSpan = context.Settings.MaxSpan;
        var limit = maxSpan.ToPeriod();
        foreach (var queue in context.Model.Queues)
        {
            if (queue.Recycle is not { } recycle || !recycle.Value.IsBounded)
            {
                continue;
            }

            var over = ContentRun.OfItems(context.Schedule, queue).Where(r => r.Exceeds(limit)).ToList();
            // MaxBy keeps the first of equals: the earliest item in file order on a tie.
            if (over.MaxBy(r => r.SpanMinutes) is not { } worst)
            {
                continue;
            }

            var words = context.Words;
            var stop = LocalGap.Plus(worst.First.Nominal, limit)?.Date;
            // The fix stops at the earliest end over every item, so that none goes over.
            var first = over.MinBy(r => r.First.Nominal)!;
            var bound = LocalGap.Plus(first.First.Nominal, limit) is { } end
                ? new RepostBound(RepostBound.At(end), words.Say(MessageId.SpanReasonItem, ("setting", maxSpan.ToString()), ("item", first.Content.Id)))
                : null;
            context.Report(
                recycle.Span,
                words.Say(
                    MessageId.SpanTooLongQueue,
                    ("item", worst.Content.Id),
                    ("from", words.Day(worst.First.Local.Date)),
                    ("to", words.Day(worst.Last.Local.Date)),
                    ("gap", words.Gap(worst.Span)),
                    ("policy", Policy(words, maxSpan)),
                    ("also", TooManyRepeatsRule.Others(words, over.Count - 1)),
                    ("stop", stop is { } s ? words.Say(MessageId.SpanStopRecycling, ("day", words.Day(s))) : words.Say(MessageId.SpanRecycleFewer))),
                Fix(context, recycle.Value.Until, recycle.Span, bound));
        }
    }

    private static string Policy(Words words, PlanDuration maxSpan) =>
        words.Say(MessageId.SpanPolicy, ("duration", words.Duration(maxSpan)), ("setting", maxSpan.ToString()));

    /// <summary>Sets <c>until</c> to the end of max-span (a date-time: the first publication's time of day), or appends it; none when it would change nothing.</summary>
    private static ImmutableArray<CodeFix> Fix(RuleScope context, Located<DateTimeValue>? until, TextSpan value, RepostBound? bound)
    {
        if (bound is null || until is { } existing && context.Source[existing.Span] == bound.Text)
        {
            return [];
        }

        var stop = context.Words.DayTime(bound.Until.AsStart);
        return [Fixes.Safe(context.Say(MessageId.StopOnFix, ("stop", stop), ("reason", bound.Reason), ("until", bound.Text)), true, bound.Write(until, value))];
    }
}
