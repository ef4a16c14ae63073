using System.Globalization;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>
/// A daylight-saving transition around a local date-time: where the wall clock was before it and
/// where it is after, both as local date-times (02:00 → 03:00 for a spring gap in Paris,
/// 03:00 → 02:00 for the autumn overlap).
/// </summary>
internal sealed record ClockChange(LocalDateTime Before, LocalDateTime After, Offset OffsetBefore, Offset OffsetAfter)
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary>The mapping of <paramref name="local"/>: 0 in a gap, 2 in an overlap, 1 otherwise; null at the ends of time.</summary>
    public static ZoneLocalMapping? Map(DateTimeZone zone, LocalDateTime local)
    {
        try
        {
            return zone.MapLocal(local);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The transition of a gap or an overlap (a mapping whose count is not 1).</summary>
    public static ClockChange Of(ZoneLocalMapping mapping) => new(
        mapping.EarlyInterval.IsoLocalEnd,
        mapping.LateInterval.IsoLocalStart,
        mapping.EarlyInterval.WallOffset,
        mapping.LateInterval.WallOffset);

    /// <summary>"02:00" when on <paramref name="day"/>, else "Sat 27 Mar 2027 23:30": a change can cross midnight.</summary>
    public static string Clock(LocalDateTime moment, LocalDate day) => Clock(moment, day, Words.English);

    /// <summary>As <see cref="Clock(LocalDateTime, LocalDate)"/>, the date in <paramref name="words"/>' language.</summary>
    public static string Clock(LocalDateTime moment, LocalDate day, Words words) =>
        moment.Date == day ? TimePattern.Format(moment.TimeOfDay) : words.DayTime(moment);

    /// <summary>"UTC+02:00".</summary>
    public static string Utc(Offset offset) => "UTC" + OffsetText.Format(offset);
}
