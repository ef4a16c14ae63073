using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>ambiguous-time</c>: an <c>at</c>, a queue <c>start</c> or an <c>until</c> written with a time
/// the clocks show twice (an autumn DST overlap). The schedule takes the first one; only the author
/// knows which was meant, so there is no fix. Doc: docs/rules/ambiguous-time.md.
/// </summary>
public sealed class AmbiguousTimeRule : WrittenDateTimeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.AmbiguousTime,
        Severity.Warning,
        false,
        "Ambiguous local time",
        "A date-time falls in a daylight-saving overlap and happens twice.");

    private protected override void CheckWritten(RuleScope context, WrittenDateTime written)
    {
        var zone = context.Zone;
        if (ClockChange.Map(zone, written.Value) is not { Count: 2 } mapping)
        {
            return;
        }

        var change = ClockChange.Of(mapping);
        var day = written.Value.Date;
        context.Report(
            written.Span,
            context.Say(
                MessageId.AmbiguousTime,
                ("moment", context.Words.DayTime(written.Value)),
                ("zone", zone.Id),
                ("before", ClockChange.Clock(change.Before, day, context.Words)),
                ("after", ClockChange.Clock(change.After, day, context.Words)),
                ("first", ClockChange.Utc(change.OffsetBefore)),
                ("second", ClockChange.Utc(change.OffsetAfter))));
    }
}
