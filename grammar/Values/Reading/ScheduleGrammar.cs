using System.Collections.Immutable;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;
using NodaTime;
using Sprache;
using static CmPlan.Grammar.Values.Reading.Combinators;
using static CmPlan.Grammar.Values.Reading.TimeGrammar;
using static CmPlan.Grammar.Values.Reading.ValueGrammar;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Days, slots, and the <c>repeat</c> and <c>recycle</c> clauses. A class of its own, not a part of
/// <see cref="ValueGrammar"/>: its parsers are built from the others, which must exist first, and
/// only separate classes are initialized in the order they are used.
/// </summary>
internal static class ScheduleGrammar
{
    private static readonly Parser<IsoDayOfWeek> DayName =
        Runs.Word(
            ("mon", IsoDayOfWeek.Monday),
            ("tue", IsoDayOfWeek.Tuesday),
            ("wed", IsoDayOfWeek.Wednesday),
            ("thu", IsoDayOfWeek.Thursday),
            ("fri", IsoDayOfWeek.Friday),
            ("sat", IsoDayOfWeek.Saturday),
            ("sun", IsoDayOfWeek.Sunday));

    private static readonly Parser<DaySet> DayItem =
        DayName.And(Parse.Char('-').And(DayName, Second).Optional(), (first, last) =>
            last.IsDefined ? DaySet.Range(first, last.Get()) : DaySet.Of(first));

    public static readonly Parser<DaySet> Days =
        Runs.Word(("daily", DaySet.Daily), ("weekdays", DaySet.Weekdays), ("weekends", DaySet.Weekends))
            .Or(DayItem.ListOf(ListSeparator).Map(items => items.Aggregate(default(DaySet), (a, b) => a.Union(b))));

    public static readonly Parser<Checked<SlotsValue>> Slots =
        Days.And(Blanks.And(Time, Second).AtLeastOnce(), (days, times) => (Days: days, Times: times.ToList())).Spanned().Map(s =>
        {
            var invalid = s.Value.Times.FirstOrDefault(t => !t.IsValid);
            return invalid is not null
                ? invalid.As<SlotsValue>()
                : Checked<SlotsValue>.Ok(new SlotsValue(s.Value.Days, [.. s.Value.Times.Select(t => t.Value)]), s.Span);
        });

    /// <summary>A <c>times N</c> or <c>until D</c> bound, with the span of its keyword.</summary>
    private sealed record Bound(string Keyword, TextSpan KeywordSpan, Checked<int>? Times, Checked<DateTimeValue>? Until);

    private static readonly Parser<Bound> TimesBound =
        Runs.Word(("times", "times")).Spanned().And(Blanks, First).And(Int, (keyword, count) => new Bound("times", keyword.Span, count, null));

    private static readonly Parser<Bound> UntilBound =
        Runs.Word(("until", "until")).Spanned().And(Blanks, First).And(DateOrDateTime, (keyword, end) => new Bound("until", keyword.Span, null, end));

    private static readonly Parser<Bound> AnyBound = TimesBound.Or(UntilBound);

    public static readonly Parser<Checked<RepeatValue>> Repeat =
        Runs.Word(("every", "every")).And(Blanks, First).And(TimeGrammar.Duration, Second)
            .And(Blanks.And(AnyBound, Second).Many(), (duration, bounds) => (Duration: duration, Bounds: bounds.ToImmutableArray())).Spanned().Map(s =>
        {
            if (!s.Value.Duration.IsValid)
            {
                return s.Value.Duration.As<RepeatValue>();
            }

            return ReadBounds(s.Value.Bounds, out var times, out var until) is { } error
                ? error.As<RepeatValue>()
                : Checked<RepeatValue>.Ok(new RepeatValue(Locate(s.Value.Duration), times, until), s.Span);
        });

    public static readonly Parser<Checked<RecycleValue>> Recycle =
        AnyBound.ListOf(Blanks).Spanned().Map(s =>
            ReadBounds([.. s.Value], out var times, out var until) is { } error
                ? error.As<RecycleValue>()
                : Checked<RecycleValue>.Ok(new RecycleValue(until, times), s.Span));

    /// <summary>Checks each bound appears once and is valid; null when all is well.</summary>
    private static Checked<bool>? ReadBounds(
        ImmutableArray<Bound> bounds,
        out Located<int>? times,
        out Located<DateTimeValue>? until)
    {
        times = null;
        until = null;
        foreach (var bound in bounds)
        {
            if ((bound.Times is not null && times is not null) || (bound.Until is not null && until is not null))
            {
                return Checked<bool>.Fail(bound.KeywordSpan, new ValueProblem(ValueProblemKind.BoundTwice, bound.Keyword));
            }

            if (bound.Times is { } count)
            {
                if (!count.IsValid)
                {
                    return count.As<bool>();
                }

                times = Locate(count);
            }
            else if (bound.Until is { } end)
            {
                if (!end.IsValid)
                {
                    return end.As<bool>();
                }

                until = Locate(end);
            }
        }

        return null;
    }

    private static Located<T> Locate<T>(Checked<T> value) => new(value.Value!, value.Span);
}
