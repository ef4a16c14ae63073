using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Rules.Support;

/// <summary>
/// Gaps as contract §4 measures them, in local date-time: B is less than P after A when B's local
/// date-time is before A's plus P. So a weekly repost across a DST change is exactly one week, and
/// <c>1mo</c> compares as a calendar month.
/// </summary>
public static class LocalGap
{
    /// <summary>True when <paramref name="later"/> is less than <paramref name="period"/> after <paramref name="earlier"/>.</summary>
    public static bool IsLessThan(LocalDateTime earlier, LocalDateTime later, Period period) =>
        !LocalArithmetic.TryPlus(earlier, period, out var limit) || later < limit;

    /// <summary>True when <paramref name="last"/> is more than <paramref name="period"/> after <paramref name="first"/>.</summary>
    public static bool Exceeds(LocalDateTime first, LocalDateTime last, Period period) =>
        LocalArithmetic.TryPlus(first, period, out var limit) && last > limit;

    /// <summary><paramref name="start"/> plus <paramref name="period"/>, or null past the calendar's end.</summary>
    public static LocalDateTime? Plus(LocalDateTime start, Period period) =>
        LocalArithmetic.TryPlus(start, period, out var result) ? result : null;
}
