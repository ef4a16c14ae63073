using NodaTime.Text;

namespace CmPlan.Cli.Scheduling;

/// <summary>NodaTime patterns shared by the schedule outputs (invariant culture: output never depends on the locale).</summary>
public static class TimeFormats
{
    /// <summary>RFC 3339 with the plan's offset, <c>Z</c> for UTC: <c>2027-03-10T12:30:00+01:00</c>.</summary>
    public static OffsetDateTimePattern Rfc3339 { get; } = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<Z+HH:mm>");

    /// <summary>A local date as JSON shows it: <c>2027-04-10</c>.</summary>
    public static LocalDatePattern IsoDate { get; } = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>A local date and time as JSON shows it: <c>2027-04-10T18:00</c>.</summary>
    public static LocalDateTimePattern IsoLocal { get; } = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>A local date and time as the CSV shows it: <c>2027-04-10 18:00</c>.</summary>
    public static LocalDateTimePattern CsvLocal { get; } = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

    public static LocalDatePattern Date { get; } = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");

    public static LocalTimePattern Time { get; } = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static OffsetPattern Offset { get; } = OffsetPattern.CreateWithInvariantCulture("+HH':'mm");

    /// <summary>iCalendar DATE-TIME, local form: <c>20270310T123000</c>.</summary>
    public static LocalDateTimePattern IcsLocal { get; } = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");

    /// <summary>iCalendar UTC offset: <c>+0100</c>, seconds only when there are some (old local mean times).</summary>
    public static string IcsOffset(NodaTime.Offset offset)
    {
        var seconds = Math.Abs(offset.Seconds);
        var text = $"{(offset.Seconds < 0 ? '-' : '+')}{seconds / 3600:00}{seconds / 60 % 60:00}";
        return seconds % 60 == 0 ? text : $"{text}{seconds % 60:00}";
    }
}
