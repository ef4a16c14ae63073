using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
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

    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnboundedRepost,
        Severity.Error,
        false,
        "Unbounded repost",
        "A repeat or a queue recycle has neither times nor until, so it never ends.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (post.Repeat is not { } repeat || repeat.Value.IsBounded)
        {
            return;
        }

        var run = ContentRun.Of(context.Publications, post);
        var occurrences = context.Occurrences.ToList();
        context.Report(repeat.Span, PostMessage(context, repeat.Value, run), FixesFor(context, repeat.Span, [occurrences], post.Expires?.Value));
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
            var items = runs.Select(r => context.Schedule.OccurrencesOf(r.Content.Id).ToList()).ToList();
            // A queue ignores its items' expiries: it skips an expired item, it does not stop.
            context.Report(recycle.Span, QueueMessage(context, runs), FixesFor(context, recycle.Span, items, null));
        }
    }

    private static string PostMessage(RuleScope context, RepeatValue repeat, ContentRun? run)
    {
        var words = context.Words;
        var head = words.Say(MessageId.UnboundedRepeatHead, ("every", words.Duration(repeat.Every.Value)));
        var advice = words.Say(MessageId.UnboundedAdvice);
        if (run is not { Reposts: > 0 } r)
        {
            return words.Say(MessageId.UnboundedForever, ("head", head), ("advice", advice));
        }

        return words.Say(
            context.Plan.End is null ? MessageId.UnboundedUpTo : MessageId.UnboundedPlanEnd,
            ("head", head),
            ("count", words.Count(r.Reposts, Noun.Repost)),
            ("last", words.Day(r.Last.Local.Date)),
            ("advice", advice));
    }

    private static string QueueMessage(RuleScope context, List<ContentRun> runs)
    {
        var words = context.Words;
        var head = words.Say(MessageId.UnboundedRecycleHead);
        var advice = words.Say(MessageId.UnboundedAdvice);
        var worst = runs.Count == 0 ? null : runs.MaxBy(r => r.Reposts);
        if (worst is not { Reposts: > 0 })
        {
            return words.Say(MessageId.UnboundedRecycleForever, ("head", head), ("advice", advice));
        }

        var item = words.Say(
            MessageId.UnboundedRecycleItem,
            ("item", worst.Content.Id),
            ("count", words.Count(worst.Reposts, Noun.Time)),
            ("last", words.Day(worst.Last.Local.Date)));
        return words.Say(
            context.Plan.End is null ? MessageId.UnboundedRecycleUpTo : MessageId.UnboundedRecyclePlanEnd,
            ("head", head),
            ("item", item),
            ("advice", advice));
    }

    /// <summary>
    /// The bound <c>until</c> should take (contract §5): the earliest of the content's expiry as written,
    /// the plan's end, and for each content (a post, or each item of a queue) its first publication plus
    /// max-span and its publication max-repeats after the first, so that the fix raises neither
    /// <c>span-too-long</c> nor <c>too-many-repeats</c>. None when it would come before the first publication.
    /// </summary>
    private static RepostBound? EarliestEnd(RuleScope context, List<List<Publication>> contents, DateTimeValue? expires)
    {
        var firsts = contents.Where(c => c.Count > 0).Select(c => c[0].Nominal).ToList();
        if (firsts.Count == 0)
        {
            return null;
        }

        // Candidates in the contract's order, so that a tie names the first one.
        var words = context.Words;
        var best = RepostBound.Earlier(null, expires, words.Say(MessageId.BoundExpiry));
        best = RepostBound.Earlier(best, context.Plan.End?.Value is { } end ? new DateTimeValue(end, null) : null, words.Say(MessageId.BoundPlanEnd));
        var maxSpan = context.Settings.MaxSpan;
        foreach (var first in firsts)
        {
            best = RepostBound.Earlier(best, LocalGap.Plus(first, maxSpan.ToPeriod()) is { } stop ? RepostBound.At(stop) : null, words.Say(MessageId.SpanReason, ("setting", maxSpan.ToString())));
        }

        var max = context.Settings.MaxRepeats;
        foreach (var content in contents)
        {
            best = RepostBound.Earlier(best, content.Find(p => p.Repost == max) is { } last ? RepostBound.At(last.Local) : null, words.Say(MessageId.BoundMaxRepeats, ("ordinal", words.Ordinal(max)), ("max", words.Number(max))));
        }

        return best is not null && firsts.TrueForAll(best.Until.EndIncludes) ? best : null;
    }

    /// <summary>
    /// The repost count within <paramref name="bound"/>: every content's reposts up to the first that
    /// falls after it (a queue's recycle count is its items' repost count: one per pass).
    /// </summary>
    private static int TimesWithin(List<List<Publication>> contents, RepostBound bound)
    {
        var within = int.MaxValue;
        foreach (var content in contents)
        {
            var late = content.Find(p => p.IsAfter(bound.Until));
            within = Math.Min(within, late is null ? content.Count == 0 ? int.MaxValue : content[^1].Repost : late.Repost - 1);
        }

        return within == int.MaxValue ? 0 : within;
    }

    private static ImmutableArray<CodeFix> FixesFor(RuleScope context, TextSpan value, List<List<Publication>> contents, DateTimeValue? expires)
    {
        if (EarliestEnd(context, contents, expires) is not { } bound)
        {
            return [];
        }

        var until = $"until {bound.Text}";
        var words = context.Words;
        var stop = bound.Until.Time is { } time ? words.DayTime(bound.Until.Date + time) : words.Day(bound.Until.Date);
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        fixes.Add(Fixes.Safe(words.Say(MessageId.UnboundedStopFix, ("stop", stop), ("reason", bound.Reason), ("until", until)), true, Fixes.Append(value, " " + until)));
        // Never 'times 0': a repeat with no repost is no bound but a mistake (ineffective-repeat).
        if (TimesWithin(contents, bound) is > 0 and var count)
        {
            var times = $"times {count.ToString(CultureInfo.InvariantCulture)}";
            fixes.Add(Fixes.Safe(words.Say(MessageId.UnboundedTimesFix, ("count", words.Count(count, Noun.Time)), ("times", times)), false, Fixes.Append(value, " " + times)));
        }

        return fixes.ToImmutable();
    }
}
