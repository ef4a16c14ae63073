using NodaTime;
using Sprache;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>Dates, times, date-times and durations.</summary>
internal static partial class ValueGrammar
{
    public static readonly Parser<Checked<LocalDate>> Date =
        (from year in Digits(4)
         from dash1 in Parse.Char('-')
         from month in Digits(2)
         from dash2 in Parse.Char('-')
         from day in Digits(2)
         select (Year: ToInt(year), Month: ToInt(month), Day: ToInt(day))).Span().Select(s =>
        {
            var (year, month, day) = s.Value;
            if (year < 1 || month is < 1 or > 12)
            {
                return Checked<LocalDate>.Fail(Rel(s), $"{s.Value.Year:0000}-{month:00}-{day:00} is not a real date: months go from 01 to 12.");
            }

            var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            return day >= 1 && day <= days
                ? Checked<LocalDate>.Ok(new LocalDate(year, month, day), Rel(s))
                : Checked<LocalDate>.Fail(Rel(s), $"{year:0000}-{month:00}-{day:00} is not a real date: {MonthName(month)} {year} has {days} days.");
        });

    public static readonly Parser<Checked<LocalTime>> Time =
        (from hour in Digits(2)
         from colon in Parse.Char(':')
         from minute in Digits(2)
         select (Hour: ToInt(hour), Minute: ToInt(minute))).Span().Select(s => s.Value.Hour <= 23 && s.Value.Minute <= 59
            ? Checked<LocalTime>.Ok(new LocalTime(s.Value.Hour, s.Value.Minute), Rel(s))
            : Checked<LocalTime>.Fail(Rel(s), $"{s.Value.Hour:00}:{s.Value.Minute:00} is not a time: times go from 00:00 to 23:59."));

    private static readonly Parser<char> DateTimeSeparator = Parse.Chars('T', ' ');

    /// <summary>A date, optionally followed by <c>T</c> or a space and a time.</summary>
    public static readonly Parser<Checked<DateTimeValue>> DateOrDateTime =
        from date in Date
        from time in DateTimeSeparator.Then(_ => Time).Optional()
        select Combine(date, time.GetOrDefault());

    public static readonly Parser<Checked<LocalDateTime>> DateTime =
        from date in Date
        from separator in DateTimeSeparator
        from time in Time
        select Combine(date, time).Map(v => v.AsStart);

    private static readonly Parser<DurationUnit> Unit =
        Parse.String("min").Return(DurationUnit.Minutes)
            .Or(Parse.String("mo").Return(DurationUnit.Months))
            .Or(Parse.Char('h').Return(DurationUnit.Hours))
            .Or(Parse.Char('d').Return(DurationUnit.Days))
            .Or(Parse.Char('w').Return(DurationUnit.Weeks));

    /// <summary>Amounts past this are refused: a million minutes is already two years.</summary>
    private const int MaxDurationAmount = 1_000_000;

    public static readonly Parser<Checked<PlanDuration>> Duration =
        (from amount in AsciiDigits
         from unit in Unit
         select (Amount: amount, Unit: unit)).Span().Select(s =>
        {
            var text = s.Value.Amount + PlanDuration.Suffix(s.Value.Unit);
            if (!int.TryParse(s.Value.Amount, out var amount) || amount > MaxDurationAmount)
            {
                return Checked<PlanDuration>.Fail(Rel(s), $"{text} is too long a duration.");
            }

            return amount == 0
                ? Checked<PlanDuration>.Fail(Rel(s), $"{text} is a zero duration: a duration must be at least 1.")
                : Checked<PlanDuration>.Ok(new PlanDuration(amount, s.Value.Unit), Rel(s));
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

    private static string MonthName(int month) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
