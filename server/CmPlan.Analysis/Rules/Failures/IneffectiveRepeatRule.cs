using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
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

    public override void CheckPost(RuleContext context, PostModel post)
    {
        if (post.Repeat is not { } repeat
            || RepeatSchedule.Of(context.Model.Plan, post) is not { } schedule
            || schedule.Check(1, out _, out var at) is var cut && cut == ScheduleCut.None)
        {
            return;
        }

        var first = HumanText.DayTime(schedule.First);
        var next = LocalArithmetic.TryPlusMultiple(schedule.First, repeat.Value.Every.Value, 1, out var nominal) ? nominal : (LocalDateTime?)null;
        var when = cut is ScheduleCut.Until or ScheduleCut.PlanEnd or ScheduleCut.Horizon ? HumanText.DayTime(at.LocalDateTime) : next is { } n ? HumanText.DayTime(n) : null;
        var reason = cut switch
        {
            ScheduleCut.Times => "'times 0' allows no repost",
            ScheduleCut.Until => $"'until {repeat.Value.Until?.Value}' comes before the first repost ({when})",
            ScheduleCut.PlanEnd => $"the plan ends on {HumanText.Day(context.Model.Plan.End!.Value)}, before the first repost ({when})",
            ScheduleCut.Horizon => $"the first repost ({when}) is past the schedule's horizon, {Horizon.DefaultDays} days after the first publication when the plan has no 'end'",
            _ => "the first repost would fall after 9999-12-31, the end of the calendar",
        };
        ImmutableArray<CodeFix> fix = LineOf(post, repeat.Span) is { } line
            ? [Fixes.Unsafe("Delete the 'repeat' line", true, Fixes.DeleteProperty(context.Source, line))]
            : [];
        context.Report(
            repeat.Span,
            $"This repeat gives no repost: {reason}, so the post goes out once, on {first}. "
            + $"Delete the repeat, or {Advice(cut)}.",
            fix);
    }

    private static string Advice(ScheduleCut cut) => cut switch
    {
        ScheduleCut.Times => "give it the number of reposts you want ('times 2')",
        ScheduleCut.Until => "move 'until' after the first repost",
        ScheduleCut.PlanEnd => "move the plan's 'end' later",
        ScheduleCut.Horizon => "repeat more often, or give the plan an 'end'",
        _ => "publish earlier",
    };

    /// <summary>The repeat's line; none when the block repeats it (a second 'repeat' would take over once the first is gone).</summary>
    private static PropertySyntax? LineOf(PostModel post, TextSpan value) =>
        post.Syntax.Properties.Count(p => p.Key.Text == "repeat") == 1
            ? post.Syntax.Properties.FirstOrDefault(p => p.Span.Start <= value.Start && value.Start < p.Span.End)
            : null;
}
