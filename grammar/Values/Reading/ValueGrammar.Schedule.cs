using System.Collections.Immutable;
using CmPlan.Grammar.Text;
using NodaTime;
using Sprache;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>Days, slots, and the <c>repeat</c> and <c>recycle</c> clauses.</summary>
internal static partial class ValueGrammar
{
    private static readonly Parser<IsoDayOfWeek> DayName =
        Parse.String("mon").Return(IsoDayOfWeek.Monday)
            .Or(Parse.String("tue").Return(IsoDayOfWeek.Tuesday))
            .Or(Parse.String("wed").Return(IsoDayOfWeek.Wednesday))
            .Or(Parse.String("thu").Return(IsoDayOfWeek.Thursday))
            .Or(Parse.String("fri").Return(IsoDayOfWeek.Friday))
            .Or(Parse.String("sat").Return(IsoDayOfWeek.Saturday))
            .Or(Parse.String("sun").Return(IsoDayOfWeek.Sunday));

    private static readonly Parser<DaySet> DayItem =
        from first in DayName
        from last in Parse.Char('-').Then(_ => DayName).Optional()
        select last.IsDefined ? DaySet.Range(first, last.Get()) : DaySet.Of(first);

    public static readonly Parser<DaySet> Days =
        Parse.String("daily").Return(DaySet.Daily)
            .Or(Parse.String("weekdays").Return(DaySet.Weekdays))
            .Or(Parse.String("weekends").Return(DaySet.Weekends))
            .Or(DayItem.DelimitedBy(ListSeparator).Select(items => items.Aggregate(default(DaySet), (a, b) => a.Union(b))));

    public static readonly Parser<Checked<SlotsValue>> Slots =
        (from days in Days
         from times in Blanks.Then(_ => Time).AtLeastOnce()
         select (Days: days, Times: times.ToList())).Span().Select(s =>
        {
            var invalid = s.Value.Times.FirstOrDefault(t => !t.IsValid);
            return invalid is not null
                ? invalid.As<SlotsValue>()
                : Checked<SlotsValue>.Ok(new SlotsValue(s.Value.Days, [.. s.Value.Times.Select(t => t.Value)]), Rel(s));
        });

    /// <summary>A <c>times N</c> or <c>until D</c> bound, with the span of its keyword.</summary>
    private sealed record Bound(string Keyword, TextSpan KeywordSpan, Checked<int>? Times, Checked<DateTimeValue>? Until);

    private static readonly Parser<Bound> TimesBound =
        from keyword in Parse.String("times").Text().Span()
        from blanks in Blanks
        from count in Int
        select new Bound("times", Rel(keyword), count, null);

    private static readonly Parser<Bound> UntilBound =
        from keyword in Parse.String("until").Text().Span()
        from blanks in Blanks
        from end in DateOrDateTime
        select new Bound("until", Rel(keyword), null, end);

    private static readonly Parser<Bound> AnyBound = TimesBound.Or(UntilBound);

    public static readonly Parser<Checked<RepeatValue>> Repeat =
        (from every in Parse.String("every")
         from blanks in Blanks
         from duration in Duration
         from bounds in Blanks.Then(_ => AnyBound).Many()
         select (Duration: duration, Bounds: bounds.ToImmutableArray())).Span().Select(s =>
        {
            if (!s.Value.Duration.IsValid)
            {
                return s.Value.Duration.As<RepeatValue>();
            }

            return ReadBounds(s.Value.Bounds, out var times, out var until) is { } error
                ? error.As<RepeatValue>()
                : Checked<RepeatValue>.Ok(new RepeatValue(Locate(s.Value.Duration), times, until), Rel(s));
        });

    public static readonly Parser<Checked<RecycleValue>> Recycle =
        AnyBound.DelimitedBy(Blanks).Span().Select(s =>
            ReadBounds([.. s.Value], out var times, out var until) is { } error
                ? error.As<RecycleValue>()
                : Checked<RecycleValue>.Ok(new RecycleValue(until, times), Rel(s)));

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
                return Checked<bool>.Fail(bound.KeywordSpan, $"'{bound.Keyword}' appears twice: keep one.");
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
