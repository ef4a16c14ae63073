using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// <c>ineffective-repeat</c>: a <c>repeat</c> that gives no repost whatever it says: <c>times 0</c>,
/// an <c>until</c> before the first repost, or the plan's end or the horizon before it (compared as
/// instants, contract §4). On the <c>repeat</c> value; the fix deletes the line (unsafe: it deletes
/// the author's words). Doc: docs/rules/ineffective-repeat.md.
/// </summary>
public sealed class IneffectiveRepeatRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.IneffectiveRepeat,
        Severity.Warning,
        false,
        "Repeat without repost",
        "A repeat gives no repost: times 0, or until, the plan's end or the horizon before the first repost.");

    public override void CheckPost(PostContext context, PostModel post)
    {
        if (post.Repeat is not { } repeat
            || RepeatSchedule.Of(context.Plan, post) is not { } schedule
            || schedule.Check(1, out _, out var at) is var cut && cut == ScheduleCut.None)
        {
            return;
        }

        var words = context.Words;
        var first = words.DayTime(schedule.First);
        var next = LocalArithmetic.TryPlusMultiple(schedule.First, repeat.Value.Every.Value, 1, out var nominal) ? nominal : (LocalDateTime?)null;
        var when = cut is ScheduleCut.Until or ScheduleCut.PlanEnd or ScheduleCut.Horizon ? words.DayTime(at.LocalDateTime) : next is { } n ? words.DayTime(n) : string.Empty;
        var reason = cut switch
        {
            ScheduleCut.Times => words.Say(MessageId.IneffectiveTimes),
            ScheduleCut.Until => words.Say(MessageId.IneffectiveUntil, ("until", $"{repeat.Value.Until?.Value}"), ("when", when)),
            ScheduleCut.PlanEnd => words.Say(MessageId.IneffectivePlanEnd, ("end", words.Day(context.Plan.End!.Value)), ("when", when)),
            ScheduleCut.Horizon => words.Say(MessageId.IneffectiveHorizon, ("when", when), ("days", words.Number(Horizon.DefaultDays))),
            _ => words.Say(MessageId.IneffectiveCalendar),
        };
        ImmutableArray<CodeFix> fix = LineOf(post, repeat.Span) is { } line
            ? [Fixes.Unsafe(words.Say(MessageId.DeleteRepeatLine), true, Fixes.DeleteProperty(context.Source, line))]
            : [];
        context.Report(
            repeat.Span,
            words.Say(MessageId.IneffectiveRepeat, ("reason", reason), ("first", first), ("advice", words.Say(Advice(cut)))),
            fix);
    }

    private static MessageId Advice(ScheduleCut cut) => cut switch
    {
        ScheduleCut.Times => MessageId.IneffectiveAdviceTimes,
        ScheduleCut.Until => MessageId.IneffectiveAdviceUntil,
        ScheduleCut.PlanEnd => MessageId.IneffectiveAdvicePlanEnd,
        ScheduleCut.Horizon => MessageId.IneffectiveAdviceHorizon,
        _ => MessageId.IneffectiveAdviceCalendar,
    };

    /// <summary>The repeat's line; none when the block repeats it (a second 'repeat' would take over once the first is gone).</summary>
    private static PropertySyntax? LineOf(PostModel post, TextSpan value) =>
        post.Syntax.Properties.Count(p => p.Key.Text == "repeat") == 1
            ? post.Syntax.Properties.FirstOrDefault(p => p.Span.Start <= value.Start && value.Start < p.Span.End)
            : null;
}
