using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Analysis.Diagnostics;
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
        var occurrences = context.Schedule.OccurrencesOf(post.Id).ToList();
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
    /// The bound <c>until</c> should take (contract §5): the earliest of the content's expiry as written,
    /// the plan's end, and for each content (a post, or each item of a queue) its first publication plus
    /// max-span and its publication max-repeats after the first, so that the fix raises neither
    /// <c>span-too-long</c> nor <c>too-many-repeats</c>. None when it would come before the first publication.
    /// </summary>
    private static RepostBound? EarliestEnd(RuleContext context, List<List<Publication>> contents, DateTimeValue? expires)
    {
        var firsts = contents.Where(c => c.Count > 0).Select(c => c[0].Nominal).ToList();
        if (firsts.Count == 0)
        {
            return null;
        }

        // Candidates in the contract's order, so that a tie names the first one.
        var best = RepostBound.Earlier(null, expires, "when it expires");
        best = RepostBound.Earlier(best, context.Model.Plan.End?.Value is { } end ? new DateTimeValue(end, null) : null, "the plan's end");
        var maxSpan = context.Settings.MaxSpan;
        foreach (var first in firsts)
        {
            best = RepostBound.Earlier(best, LocalGap.Plus(first, maxSpan.ToPeriod()) is { } stop ? RepostBound.At(stop) : null, $"max-span {maxSpan} after the first publication");
        }

        var max = context.Settings.MaxRepeats;
        foreach (var content in contents)
        {
            best = RepostBound.Earlier(best, content.Find(p => p.Repost == max) is { } last ? RepostBound.At(last.Local) : null, $"at its {HumanText.Ordinal(max)} repost, max-repeats {max.ToString(CultureInfo.InvariantCulture)}");
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

    private static ImmutableArray<CodeFix> FixesFor(RuleContext context, TextSpan value, List<List<Publication>> contents, DateTimeValue? expires)
    {
        if (EarliestEnd(context, contents, expires) is not { } bound)
        {
            return [];
        }

        var until = $"until {bound.Text}";
        var stop = bound.Until.Time is { } time ? HumanText.DayTime(bound.Until.Date + time) : HumanText.Day(bound.Until.Date);
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        fixes.Add(Fixes.Safe($"Stop on {stop}, {bound.Reason} (add '{until}')", true, Fixes.Append(value, " " + until)));
        // Never 'times 0': a repeat with no repost is no bound but a mistake (ineffective-repeat).
        if (TimesWithin(contents, bound) is > 0 and var count)
        {
            var times = $"times {count.ToString(CultureInfo.InvariantCulture)}";
            fixes.Add(Fixes.Safe($"Repost at most {HumanText.Count(count, "time")}, within the same bounds (add '{times}')", false, Fixes.Append(value, " " + times)));
        }

        return fixes.ToImmutable();
    }
}
