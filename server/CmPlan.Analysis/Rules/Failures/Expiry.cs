using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Failures;

/// <summary>How the expiry rules read and write an <c>expires</c> value.</summary>
internal static class Expiry
{
    /// <summary>"Sat 10 Apr 2027" for a date, "Sun 21 Mar 2027 20:00" for a date-time.</summary>
    public static string Describe(DateTimeValue expires, Words words) =>
        expires.Time is { } time ? words.DayTime(expires.Date + time) : words.Day(expires.Date);

    /// <summary>A moment with the precision of the expiry it is compared with: the day, or the minute when the expiry has a time.</summary>
    public static string DescribeMoment(LocalDateTime moment, DateTimeValue expires, Words words) =>
        expires.HasTime ? words.DayTime(moment) : words.Day(moment.Date);

    /// <summary>
    /// The first instant the content is no longer valid: the next day's 00:00 for a date (its whole
    /// day is valid), the next minute for a date-time (plans count in minutes); null past the calendar's end.
    /// </summary>
    public static Instant? ExpiredFrom(DateTimeValue expires, DateTimeZone zone)
    {
        var end = expires.Time is { } time ? expires.Date + time : expires.Date.AtMidnight();
        var step = expires.HasTime ? Period.FromMinutes(1) : Period.FromDays(1);
        return LocalArithmetic.TryPlus(end, step, out var from) && LocalArithmetic.TryResolve(zone, from, out var at)
            ? at.ToInstant()
            : null;
    }
}
