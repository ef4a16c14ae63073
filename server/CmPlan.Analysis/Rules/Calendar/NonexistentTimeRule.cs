using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// <c>nonexistent-time</c>: an <c>at</c>, a queue <c>start</c> or an <c>until</c> written with a time
/// the clocks skip (a spring DST gap). The schedule moves it forward by the gap's length; the fix
/// writes the local time it really resolves to (moved forward by the gap's length: 02:30 → 03:30),
/// keeping the author's <c>T</c> or space: safe where nothing moves (a <c>start</c>, an <c>until</c>, an
/// <c>at</c> without <c>repeat</c>), unsafe on the <c>at</c> of a repeated post (its reposts move).
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

    private protected override void CheckWritten(RuleScope context, WrittenDateTime written)
    {
        var zone = context.Zone;
        if (ClockChange.Map(zone, written.Value) is not { Count: 0 } mapping)
        {
            return;
        }

        var change = ClockChange.Of(mapping);
        var day = written.Value.Date;
        if (!LocalArithmetic.TryResolve(zone, written.Value, out var resolved))
        {
            return;
        }

        // The lenient resolver moves a time in the gap forward by the gap's length (02:30 → 03:30): the
        // time it really goes out, or the instant a start or until really bounds at.
        var really = resolved.LocalDateTime;
        var replacement = HumanText.IsoDate(really.Date) + Separator(context, written) + ClockChange.Clock(really, really.Date);
        var words = context.Words;
        var title = words.Say(MessageId.NonexistentFix, ("replacement", replacement));
        var fix = written.Anchors
            ? Fixes.Unsafe(words.Say(MessageId.NonexistentFixMoves, ("title", title)), true, Fixes.Replace(written.Span, replacement))
            : Fixes.Safe(title, true, Fixes.Replace(written.Span, replacement));
        var clock = ClockChange.Clock(really, day, words);
        var means = words.Say(written.Key == "at" ? MessageId.NonexistentMeansAt : MessageId.NonexistentMeans, ("clock", clock));
        context.Report(
            written.Span,
            words.Say(
                MessageId.NonexistentTime,
                ("moment", words.DayTime(written.Value)),
                ("zone", zone.Id),
                ("before", ClockChange.Clock(change.Before, day, words)),
                ("after", ClockChange.Clock(change.After, day, words)),
                ("means", means),
                ("clock", clock)),
            [fix]);
    }

    /// <summary>The <c>T</c> or the space the author put between date and time.</summary>
    private static string Separator(RuleScope context, WrittenDateTime written)
    {
        var offset = written.Span.Start + 10;
        return written.Span.Length > 10 && offset < context.Source.Length && context.Source[offset] == 'T' ? "T" : " ";
    }
}
