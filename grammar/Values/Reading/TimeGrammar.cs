using CmPlan.Grammar.Parsing;
using NodaTime;
using Sprache;
using static CmPlan.Grammar.Values.Reading.Combinators;
using static CmPlan.Grammar.Values.Reading.ValueGrammar;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>Dates, times, date-times and durations (a class of its own for the reason <see cref="ScheduleGrammar"/> gives).</summary>
internal static class TimeGrammar
{
    public static readonly Parser<Checked<LocalDate>> Date =
        Digits(4).And(Parse.Char('-'), First).And(Digits(2), (year, month) => (Year: year, Month: month)).And(Parse.Char('-'), First)
            .And(Digits(2), (ym, day) => (Year: ToInt(ym.Year), Month: ToInt(ym.Month), Day: ToInt(day))).Spanned().Map(s =>
        {
            var (year, month, day) = s.Value;
            if (year < 1 || month is < 1 or > 12)
            {
                return Checked<LocalDate>.Fail(s.Span, new ValueProblem(ValueProblemKind.NoSuchMonth, $"{s.Value.Year:0000}-{month:00}-{day:00}"));
            }

            var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            return day >= 1 && day <= days
                ? Checked<LocalDate>.Ok(new LocalDate(year, month, day), s.Span)
                : Checked<LocalDate>.Fail(s.Span, new ValueProblem(ValueProblemKind.NoSuchDay, $"{year:0000}-{month:00}-{day:00}") { First = year, Second = month, Third = days });
        });

    public static readonly Parser<Checked<LocalTime>> Time =
        Digits(2).And(Parse.Char(':'), First).And(Digits(2), (hour, minute) => (Hour: ToInt(hour), Minute: ToInt(minute))).Spanned().Map(s => s.Value.Hour <= 23 && s.Value.Minute <= 59
            ? Checked<LocalTime>.Ok(new LocalTime(s.Value.Hour, s.Value.Minute), s.Span)
            : Checked<LocalTime>.Fail(s.Span, new ValueProblem(ValueProblemKind.NoSuchTime, $"{s.Value.Hour:00}:{s.Value.Minute:00}")));

    private static readonly Parser<char> DateTimeSeparator = Parse.Chars('T', ' ');

    /// <summary>A date, optionally followed by <c>T</c> or a space and a time.</summary>
    public static readonly Parser<Checked<DateTimeValue>> DateOrDateTime =
        Date.And(DateTimeSeparator.And(Time, Second).OrNull(), Combine);

    public static readonly Parser<Checked<LocalDateTime>> DateTime =
        Date.And(DateTimeSeparator, First).And(Time, (date, time) => Combine(date, time).Map(v => v.AsStart));

    private static readonly Parser<DurationUnit> Unit =
        Runs.Word(
            ("min", DurationUnit.Minutes),
            ("mo", DurationUnit.Months),
            ("h", DurationUnit.Hours),
            ("d", DurationUnit.Days),
            ("w", DurationUnit.Weeks));

    /// <summary>Amounts past this are refused: a million minutes is already two years.</summary>
    private const int MaxDurationAmount = 1_000_000;

    public static readonly Parser<Checked<PlanDuration>> Duration =
        AsciiDigits.And(Unit, (amount, unit) => (Amount: amount, Unit: unit)).Spanned().Map(s =>
        {
            var text = s.Value.Amount + PlanDuration.Suffix(s.Value.Unit);
            if (!int.TryParse(s.Value.Amount, out var amount) || amount > MaxDurationAmount)
            {
                return Checked<PlanDuration>.Fail(s.Span, new ValueProblem(ValueProblemKind.DurationTooLong, text));
            }

            return amount == 0
                ? Checked<PlanDuration>.Fail(s.Span, new ValueProblem(ValueProblemKind.ZeroDuration, text))
                : Checked<PlanDuration>.Ok(new PlanDuration(amount, s.Value.Unit), s.Span);
        });

    private static Checked<DateTimeValue> Combine(Checked<LocalDate> date, Checked<LocalTime>? time)
    {
        if (!date.IsValid)
        {
            return date.As<DateTimeValue>();
        }

        if (time is null)
        {
            return Checked<DateTimeValue>.Ok(new DateTimeValue(date.Value, null), date.Span);
        }

        return time.IsValid
            ? Checked<DateTimeValue>.Ok(new DateTimeValue(date.Value, time.Value), Text.TextSpan.FromBounds(date.Span.Start, time.Span.End))
            : time.As<DateTimeValue>();
    }
}
