using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Bounds as contract §4 compares them: a local date or date-time mapped to an instant with the
/// lenient resolver, and a publication within when its instant is. A date as an end is the whole
/// day, a date-time the whole minute (plans count in minutes); a date as a start is its 00:00.
/// </summary>
public static class InstantBounds
{
    /// <summary>The last instant <paramref name="end"/> includes; null when it lies past the calendar's end (it bounds nothing then).</summary>
    public static Instant? EndOf(DateTimeValue end, DateTimeZone zone) =>
        end.Time is { } time ? EndOfMinute(end.Date + time, zone) : EndOfDay(end.Date, zone);

    /// <summary>The last instant of <paramref name="day"/> in <paramref name="zone"/>: just before the next day's first.</summary>
    public static Instant? EndOfDay(LocalDate day, DateTimeZone zone) =>
        LocalArithmetic.TryPlus(day.AtMidnight(), Period.FromDays(1), out var next) && LocalArithmetic.TryResolve(zone, next, out var at)
            ? at.ToInstant() - Duration.Epsilon
            : null;

    /// <summary>The first instant of <paramref name="start"/> (a date: its 00:00); null past the calendar's end.</summary>
    public static Instant? StartOf(DateTimeValue start, DateTimeZone zone) =>
        LocalArithmetic.TryResolve(zone, start.AsStart, out var at) ? at.ToInstant() : null;

    /// <summary>True when <paramref name="moment"/> is at or before <paramref name="end"/> (always, without one).</summary>
    public static bool Includes(Instant? end, Instant moment) => end is not { } e || moment <= e;

    private static Instant? EndOfMinute(LocalDateTime minute, DateTimeZone zone)
    {
        if (!LocalArithmetic.TryResolve(zone, minute, out var at))
        {
            return null;
        }

        var instant = at.ToInstant();
        return instant <= Instant.MaxValue - Duration.FromMinutes(1) ? instant + Duration.FromMinutes(1) - Duration.Epsilon : Instant.MaxValue;
    }
}
