using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>
/// An end the repost fixes write (contract §5): a date when it ends with a day (an <c>expires</c>
/// date, the plan's end), else the date-time of the moment it comes from, so that nothing after
/// that moment on the same day slips in; with the reason, for the fix's title.
/// </summary>
internal sealed record RepostBound(DateTimeValue Until, string Reason)
{
    /// <summary>The last minute the bound lets through: a date lets its whole day.</summary>
    private LocalDateTime Last => Until.Date + (Until.Time ?? new LocalTime(23, 59));

    public string Text => Until.ToString();

    public static DateTimeValue At(LocalDateTime moment) => new(moment.Date, moment.TimeOfDay);

    /// <summary>Keeps the earlier of <paramref name="best"/> and the candidate; on a tie the one considered first, so candidates come in the contract's order.</summary>
    public static RepostBound? Earlier(RepostBound? best, DateTimeValue? candidate, string reason) =>
        candidate is { } until && (best is null || until.Date + (until.Time ?? new LocalTime(23, 59)) < best.Last)
            ? new RepostBound(until, reason)
            : best;

    /// <summary>" until D" to append, or D to write over the <c>until</c> there is.</summary>
    public TextEdit Write(Located<DateTimeValue>? until, TextSpan value) =>
        until is { } existing ? Fixes.Replace(existing.Span, Text) : Fixes.Append(value, $" until {Text}");
}
