using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>nonexistent-time</c>: an <c>at</c>, a queue <c>start</c> or an <c>until</c> written with a time
/// the clocks skip (a spring DST gap). The schedule moves it forward by the gap's length; the fix
/// writes the first valid time after the gap instead, keeping the author's <c>T</c> or space.
/// Doc: docs/rules/nonexistent-time.md.
/// </summary>
public sealed class NonexistentTimeRule : WrittenDateTimeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.NonexistentTime,
        Severity.Error,
        false,
        "Nonexistent local time",
        "A date-time falls in a daylight-saving gap and does not exist.");

    private protected override void CheckWritten(RuleContext context, WrittenDateTime written)
    {
        var zone = context.Zone;
        if (ClockChange.Map(zone, written.Value) is not { Count: 0 } mapping)
        {
            return;
        }

        var change = ClockChange.Of(mapping);
        var day = written.Value.Date;
        // Only a first publication lands where the gap pushes it; start and until bound in nominal local time.
        var moved = written.Key == "at" && LocalArithmetic.TryResolve(zone, written.Value, out var resolved)
            ? $" As written, it would be published at {ClockChange.Clock(resolved.LocalDateTime, day)}."
            : string.Empty;
        var replacement = HumanText.IsoDate(change.After.Date) + Separator(context, written) + ClockChange.Clock(change.After, change.After.Date);
        var fix = Fixes.Safe(
            $"Use {replacement} (the first time after the clock change)",
            true,
            Fixes.Replace(written.Span, replacement));
        context.Report(
            written.Span,
            $"{HumanText.DayTime(written.Value)} does not exist in {zone.Id}: that night the clocks go forward from "
            + $"{ClockChange.Clock(change.Before, day)} to {ClockChange.Clock(change.After, day)}.{moved} "
            + $"Write a time that exists, such as {ClockChange.Clock(change.After, day)}.",
            [fix]);
    }

    /// <summary>The <c>T</c> or the space the author put between date and time.</summary>
    private static string Separator(RuleContext context, WrittenDateTime written)
    {
        var offset = written.Span.Start + 10;
        return written.Span.Length > 10 && offset < context.Source.Length && context.Source[offset] == 'T' ? "T" : " ";
    }
}
