using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
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

    public override void CheckPost(PostContext context, PostModel post)
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
                    context.Say(
                        MessageId.TruncatedCalendarAt,
                        ("moment", context.Words.DayTime(at.Value)),
                        ("zone", context.Zone.Id),
                        ("missing", NotOut(context.Words, channels))));
            }

            return;
        }

        if (post.Repeat is not { } repeat
            || !repeat.Value.IsBounded
            || RepeatSchedule.Of(context.Plan, post) is not { } schedule
            || ContentRun.Of(context.Publications, post) is not { Reposts: > 0 } run
            || schedule.Check(run.Reposts + 1, out _, out var next) is var cut && cut is not (ScheduleCut.PlanEnd or ScheduleCut.Horizon or ScheduleCut.Calendar)
            || schedule.AllowedReposts() is not { } allowed
            || allowed <= run.Reposts)
        {
            return;
        }

        var words = context.Words;
        var bound = repeat.Value.Times is { } times && times.Value == allowed
            ? words.Say(MessageId.TruncatedBoundTimes, ("value", $"{times.Value}"))
            : words.Say(MessageId.TruncatedBoundUntil, ("value", $"{repeat.Value.Until?.Value}"));
        var missing = (allowed - run.Reposts) * channels;
        var first = cut == ScheduleCut.Calendar ? string.Empty : words.Say(MessageId.TruncatedFrom, ("moment", words.DayTime(next.LocalDateTime)));
        context.Report(
            repeat.Span,
            words.Say(
                MessageId.TruncatedRepeat,
                ("bound", bound),
                ("allowed", words.LargeCount(allowed, Noun.Repost)),
                ("cut", Bound(context, cut)),
                ("reposts", words.LargeCount(run.Reposts, Noun.Repost)),
                ("last", words.Day(run.Last.Local.Date)),
                ("missing", NotOut(words, missing)),
                ("first", first),
                ("advice", words.Say(Advice(cut)))));
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

            var words = context.Words;
            var missing = truncation.Missing is { } m
                ? words.Say(words.IsSingular(m) ? MessageId.TruncatedAllowedOne : MessageId.TruncatedAllowedMany, ("count", words.LargeCount(m, Noun.Publication)))
                : words.Say(MessageId.TruncatedAllowedMore, ("count", words.LargeCount((long)QueueExpander.CountedPastCut * PublicationSink.Channels(queue.On).Length, Noun.Publication)));
            context.Report(
                recycle.Span,
                words.Say(
                    MessageId.TruncatedQueue,
                    ("cut", Bound(context, truncation.Cut)),
                    ("recycle", context.Source[recycle.Span]),
                    ("missing", missing),
                    ("advice", words.Say(Advice(truncation.Cut)))));
        }
    }

    private static string Bound(RuleScope context, ScheduleCut cut) => cut switch
    {
        ScheduleCut.PlanEnd => context.Say(MessageId.TruncatedCutPlanEnd, ("day", context.Words.Day(context.Plan.End!.Value))),
        ScheduleCut.Horizon => context.Say(MessageId.TruncatedCutHorizon, ("days", context.Words.Number(Horizon.DefaultDays))),
        _ => context.Say(MessageId.TruncatedCutCalendar),
    };

    private static MessageId Advice(ScheduleCut cut) => cut switch
    {
        ScheduleCut.PlanEnd => MessageId.TruncatedAdvicePlanEnd,
        ScheduleCut.Horizon => MessageId.TruncatedAdviceHorizon,
        _ => MessageId.TruncatedAdviceCalendar,
    };

    /// <summary>"3 publications do not go out".</summary>
    private static string NotOut(Words words, long n) =>
        words.Say(words.IsSingular(n) ? MessageId.TruncatedNotOutOne : MessageId.TruncatedNotOutMany, ("count", words.LargeCount(n, Noun.Publication)));
}
