using NodaTime;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// A VTIMEZONE built from NodaTime's own zone intervals over the publications: one explicit
/// STANDARD or DAYLIGHT observance per interval, no RRULE, so calendars use exactly our offsets.
/// </summary>
public static class IcsTimeZone
{
    /// <summary>Zones that are UTC at every instant get <c>Z</c> times and no VTIMEZONE.</summary>
    public static bool IsUtc(DateTimeZone zone) => zone.MinOffset == Offset.Zero && zone.MaxOffset == Offset.Zero;

    public static void Write(IcsLines lines, DateTimeZone zone, Instant first, Instant last)
    {
        lines.Add("BEGIN", "VTIMEZONE").AddText("TZID", zone.Id);
        foreach (var interval in zone.GetZoneIntervals(first, last + Duration.Epsilon))
        {
            var component = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";

            // DTSTART is the wall time at the transition in the offset in force before it (RFC 5545 §3.6.5).
            var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
            var start = interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : new LocalDateTime(1970, 1, 1, 0, 0);
            lines.Add("BEGIN", component)
                .Add("DTSTART", TimeFormats.IcsLocal.Format(start))
                .Add("TZOFFSETFROM", TimeFormats.IcsOffset(before))
                .Add("TZOFFSETTO", TimeFormats.IcsOffset(interval.WallOffset))
                .AddText("TZNAME", interval.Name)
                .Add("END", component);
        }

        lines.Add("END", "VTIMEZONE");
    }
}
