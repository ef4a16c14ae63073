using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>truncated-schedule</c>: publications that a <c>repeat</c>'s <c>times</c> and <c>until</c> (or a
/// queue's <c>recycle</c>) allow, but that the plan's end, the one-year horizon or the calendar's end
/// cut: the schedule is shorter than written, and nothing else says so. On the <c>repeat</c> or
/// <c>recycle</c> value; also on an <c>at</c> past the calendar's end, whose post never goes out.
/// Never with <c>ineffective-repeat</c> (no repost at all) or <c>unbounded-repost</c> (no bound to cut).
/// Doc: docs/rules/truncated-schedule.md.
/// </summary>
public sealed class TruncatedScheduleRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.TruncatedSchedule,
        Severity.Info,
        false,
        "Schedule cut short",
        "Publications that times, until or recycle allow are cut by the plan's end, the horizon or the calendar's end.");

    public override void CheckPost(RuleContext context, PostModel post)
    {
        if (post.IsQueueItem || post.At is not { } at)
        {
            return;
        }

        var channels = PublicationSink.Channels(post.On).Length;
        if (!LocalArithmetic.TryResolve(context.Zone, at.Value, out _))
        {
            // A repeat's first repost is past the calendar too: ineffective-repeat says so on the repeat.
            if (post.Repeat is null && channels > 0)
            {
                context.Report(
                    at.Span,
                    $"{HumanText.DayTime(at.Value)} in {context.Zone.Id} falls after the end of the calendar (9999-12-31 23:59 UTC): "
                    + $"{Publications(channels)} {(channels == 1 ? "does" : "do")} not go out. Publish earlier.");
            }

            return;
        }

        if (post.Repeat is not { } repeat
            || !repeat.Value.IsBounded
            || RepeatSchedule.Of(context.Model.Plan, post) is not { } schedule
            || ContentRun.Of(context.Schedule, post) is not { Reposts: > 0 } run
            || schedule.Check(run.Reposts + 1, out _, out var next) is var cut && cut is not (ScheduleCut.PlanEnd or ScheduleCut.Horizon or ScheduleCut.Calendar)
            || schedule.AllowedReposts() is not { } allowed
            || allowed <= run.Reposts)
        {
            return;
        }

        var bound = repeat.Value.Times is { } times && times.Value == allowed ? $"'times {times.Value}'" : $"'until {repeat.Value.Until?.Value}'";
        var missing = (allowed - run.Reposts) * channels;
        var first = cut == ScheduleCut.Calendar ? string.Empty : $", from {HumanText.DayTime(next.LocalDateTime)}";
        context.Report(
            repeat.Span,
            $"{bound} allows {Count(allowed, "repost")}, but {Bound(context, cut)} cuts the schedule after {Count(run.Reposts, "repost")} "
            + $"(the last on {HumanText.Day(run.Last.Local.Date)}): {Publications(missing)} {Verb(missing)} not go out{first}. "
            + $"{Advice(cut)}, or lower the bound to what goes out.");
    }

    public override bool FollowsSchedule => true;

    public override void CheckPlan(RuleContext context)
    {
        foreach (var truncation in context.Schedule.Schedule.Truncations)
        {
            if (context.Model.Queues.FirstOrDefault(q => q.Id == truncation.Queue) is not { Recycle: { } recycle } queue)
            {
                continue;
            }

            var missing = truncation.Missing is { } m
                ? $"{Publications(m)} that it allows {Verb(m)} not go out"
                : $"more than {Publications((long)QueueExpander.CountedPastCut * PublicationSink.Channels(queue.On).Length)} that it allows do not go out";
            context.Report(
                recycle.Span,
                $"Recycling is cut by {Bound(context, truncation.Cut)} before its own bound ({context.Source[recycle.Span]}): {missing}. "
                + $"{Advice(truncation.Cut)}, or recycle less.");
        }
    }

    private static string Bound(RuleContext context, ScheduleCut cut) => cut switch
    {
        ScheduleCut.PlanEnd => $"the plan's end ({HumanText.Day(context.Model.Plan.End!.Value)})",
        ScheduleCut.Horizon => $"the schedule's horizon ({Horizon.DefaultDays} days after the first publication, as the plan has no 'end')",
        _ => "the calendar's end (9999-12-31)",
    };

    private static string Advice(ScheduleCut cut) => cut switch
    {
        ScheduleCut.PlanEnd => "Move the plan's 'end' later",
        ScheduleCut.Horizon => "Give the plan an 'end'",
        _ => "Publish earlier",
    };

    private static string Count(long n, string singular) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? singular : singular + "s")}";

    private static string Publications(long n) => Count(n, "publication");

    private static string Verb(long n) => n == 1 ? "does" : "do";
}
