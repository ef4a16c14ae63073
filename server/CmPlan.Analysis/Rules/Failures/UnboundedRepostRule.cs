using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>unbounded-repost</c>: a post's <c>repeat</c>, or a queue's <c>recycle</c>, with neither
/// <c>times</c> nor <c>until</c>: nothing but the plan's end or the schedule's horizon stops it.
/// Doc: docs/rules/unbounded-repost.md.
/// </summary>
public sealed class UnboundedRepostRule : Rule
{
    /// <summary>The count the second fix offers: a few returns, well under any sensible max-repeats.</summary>
    private const int SuggestedTimes = 3;

    private const string Advice = "Add 'until' or 'times' to bound it.";

    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnboundedRepost,
        Severity.Error,
        false,
        "Unbounded repost",
        "A repeat or a queue recycle has neither times nor until, so it never ends.");

    public override void CheckPost(RuleContext context, PostModel post)
    {
        if (post.Repeat is not { } repeat || repeat.Value.IsBounded)
        {
            return;
        }

        var run = ContentRun.Of(context.Schedule, post);
        var first = run?.First.Nominal ?? post.At?.Value;
        var bound = EarliestEnd(context, first, post.Expires?.Value);
        context.Report(repeat.Span, PostMessage(context, repeat.Value, run), FixesFor(repeat.Span, bound));
    }

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        foreach (var queue in context.Model.Queues)
        {
            if (queue.Recycle is not { } recycle || recycle.Value.IsBounded)
            {
                continue;
            }

            var runs = ContentRun.OfItems(context.Schedule, queue).ToList();
            LocalDateTime? first = runs.Count == 0 ? queue.Start?.Value.AsStart : runs.Min(r => r.First.Nominal);
            var bound = EarliestEnd(context, first, null);
            context.Report(recycle.Span, QueueMessage(context, runs), FixesFor(recycle.Span, bound));
        }
    }

    private static string PostMessage(RuleContext context, RepeatValue repeat, ContentRun? run)
    {
        var head = $"Repeats every {HumanText.Duration(repeat.Every.Value)} with neither 'times' nor 'until'";
        if (run is not { Reposts: > 0 } r)
        {
            return $"{head}, so it never stops. {Advice}";
        }

        var reposts = HumanText.Count(r.Reposts, "repost");
        var last = HumanText.Day(r.Last.Local.Date);
        return context.Model.Plan.End is null
            ? $"{head}, so it never stops: {reposts} up to {last} already, and more after. {Advice}"
            : $"{head}, so only the plan's end stops it: {reposts}, the last on {last}. {Advice}";
    }

    private static string QueueMessage(RuleContext context, List<ContentRun> runs)
    {
        const string head = "Recycles with neither 'times' nor 'until'";
        var worst = runs.Count == 0 ? null : runs.MaxBy(r => r.Reposts);
        if (worst is not { Reposts: > 0 })
        {
            return $"{head}, so the queue starts over forever. {Advice}";
        }

        var item = $"'{worst.Content.Id}' alone comes back {HumanText.Count(worst.Reposts, "time")}, the last on {HumanText.Day(worst.Last.Local.Date)}";
        return context.Model.Plan.End is null
            ? $"{head}, so the queue starts over forever: {item}, and more after. {Advice}"
            : $"{head}, so the queue starts over until the plan's end: {item}. {Advice}";
    }

    /// <summary>
    /// The date <c>until</c> should take: the earliest of the content's expiry, the plan's end and its
    /// first publication plus max-span, each as a date, with the reason for the fix's title.
    /// </summary>
    private static (LocalDate Date, string Reason)? EarliestEnd(RuleContext context, LocalDateTime? first, DateTimeValue? expires)
    {
        (LocalDate Date, string Reason)? best = null;

        // Candidates in the contract's order, so that a tie names the first one.
        Consider(ref best, expires?.Date, "when it expires");
        Consider(ref best, context.Model.Plan.End?.Value, "the plan's end");
        var maxSpan = context.Settings.MaxSpan;
        var spanEnd = first is { } f ? LocalGap.Plus(f, maxSpan.ToPeriod())?.Date : null;
        Consider(ref best, spanEnd, $"max-span {maxSpan} after the first publication");
        return best;
    }

    private static void Consider(ref (LocalDate Date, string Reason)? best, LocalDate? candidate, string reason)
    {
        if (candidate is { } date && (best is null || date < best.Value.Date))
        {
            best = (date, reason);
        }
    }

    private static ImmutableArray<CodeFix> FixesFor(TextSpan value, (LocalDate Date, string Reason)? bound)
    {
        var times = $" times {SuggestedTimes}";
        var timesTitle = $"Repost at most {SuggestedTimes} times (add '{times.Trim()}')";
        if (bound is not { } b)
        {
            // With nothing to date the bound from, the count is the only fix, so it is the preferred one.
            return [Fixes.Safe(timesTitle, true, Fixes.Append(value, times))];
        }

        var until = $" until {HumanText.IsoDate(b.Date)}";
        return
        [
            Fixes.Safe($"Stop on {HumanText.Day(b.Date)}, {b.Reason} (add '{until.Trim()}')", true, Fixes.Append(value, until)),
            Fixes.Safe(timesTitle, false, Fixes.Append(value, times)),
        ];
    }
}
