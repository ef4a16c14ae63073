using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>How far a moment is from now, as a person says it: "in 3 days", "2 weeks ago", "today".</summary>
public static class RelativeTime
{
    /// <summary>A moment against now: minutes or hours within a day, else whole calendar days in the plan's zone.</summary>
    public static string Of(Instant target, Instant now, DateTimeZone zone)
    {
        var minutes = (long)Math.Truncate((target - now).TotalMinutes);
        var size = Math.Abs(minutes);
        if (size < 1)
        {
            return "now";
        }

        if (size < 60)
        {
            return Around(minutes, HumanText.Count((int)size, "minute"));
        }

        if (size < 24 * 60)
        {
            return Around(minutes, HumanText.Count((int)(size / 60), "hour"));
        }

        return Days(LocalArithmetic.LocalOf(now, zone, out _).Date, LocalArithmetic.LocalOf(target, zone, out _).Date);
    }

    /// <summary>A day against today: "today", "tomorrow", "yesterday", "in 3 days", "2 weeks ago", "in 5 months", "2 years ago".</summary>
    public static string Days(LocalDate today, LocalDate day)
    {
        var days = Period.Between(today, day, PeriodUnits.Days).Days;
        var size = Math.Abs(days);
        return size switch
        {
            0 => "today",
            1 => days > 0 ? "tomorrow" : "yesterday",
            < 14 => Around(days, HumanText.Count(size, "day")),
            < 60 => Around(days, HumanText.Count(size / 7, "week")),
            < 730 => Around(days, HumanText.Count(size / 30, "month")),
            _ => Around(days, HumanText.Count(size / 365, "year")),
        };
    }

    private static string Around(long sign, string amount) => sign > 0 ? $"in {amount}" : $"{amount} ago";
}
