using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>What kind of date a text mentions (contract §5, Date mentions).</summary>
public enum DateMentionKind
{
    /// <summary>A year alone, <c>2027</c>: it ends on 31 December.</summary>
    Year,

    /// <summary>A full date, <c>21/03/2027</c>, <c>1er avril 2027</c>, <c>March 21, 2027</c>.</summary>
    FullDate,

    /// <summary>A month and a year, <c>mars 2027</c>: it ends on the month's last day.</summary>
    MonthYear,

    /// <summary>A day and a month without a year, <c>le 25 mars</c>, <c>25/03</c>: its year depends on the first publication.</summary>
    DayMonth,
}

/// <summary>
/// A date mentioned in a text: where (relative to the text), what kind, and its parts. A year has
/// month 12 and day 31, a month-year the month's last day; a day-month has no year (0) until
/// <see cref="End"/> gives it one.
/// </summary>
public sealed record DateMention(int Start, int Length, DateMentionKind Kind, int Year, int Month, int Day)
{
    /// <summary>
    /// The last day the mention covers, for content first published on <paramref name="firstPublication"/>:
    /// a day-month takes the first year that puts it on or after that day (29 February: the next leap
    /// year that does); null when no such day exists in the calendar.
    /// </summary>
    public LocalDate? End(LocalDate firstPublication)
    {
        if (Kind != DateMentionKind.DayMonth)
        {
            return new LocalDate(Year, Month, Day);
        }

        // Within 8 years a 29 February comes back (1900-like century years aside: 2100 is one).
        for (var year = firstPublication.Year; year <= Math.Min(firstPublication.Year + 8, 9999); year++)
        {
            if (Day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) && new LocalDate(year, Month, Day) is var day && day >= firstPublication)
            {
                return day;
            }
        }

        return null;
    }
}
