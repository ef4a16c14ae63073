using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Rules.Support;

/// <summary>
/// Gaps as contract §4 measures them, on nominal local date-times (<see cref="Publication.Nominal"/>,
/// before a DST gap moved them): B is less than P after A when B's nominal local date-time is before
/// A's plus P. So a weekly repost across a DST change is exactly one week, a daily 02:30 slot is one
/// day after the previous one even on the day 02:30 does not exist, and <c>1mo</c> compares as a
/// calendar month. <c>min-gap</c> is the exception, measured between instants (<see cref="InstantsLessThan"/>).
/// </summary>
public static class LocalGap
{
    /// <summary>True when <paramref name="later"/> is less than <paramref name="period"/> after <paramref name="earlier"/>.</summary>
    public static bool IsLessThan(LocalDateTime earlier, LocalDateTime later, Period period) =>
        !LocalArithmetic.TryPlus(earlier, period, out var limit) || later < limit;

    /// <summary>True when <paramref name="last"/> is more than <paramref name="period"/> after <paramref name="first"/>.</summary>
    public static bool Exceeds(LocalDateTime first, LocalDateTime last, Period period) =>
        LocalArithmetic.TryPlus(first, period, out var limit) && last > limit;

    /// <summary>
    /// True when <paramref name="later"/> goes out less than <paramref name="period"/> after
    /// <paramref name="earlier"/> as an audience sees it: between instants, the period added to the
    /// earlier one's instant (minutes and hours) or to its local time as it goes out (days and more:
    /// <c>1d</c> is a calendar day) and mapped back.
    /// </summary>
    public static bool InstantsLessThan(Publication earlier, Publication later, Period period)
    {
        if (!period.HasDateComponent)
        {
            return later.Instant - earlier.Instant < period.ToDuration();
        }

        if (!LocalArithmetic.TryPlus(earlier.Local, period, out var limit) || !LocalArithmetic.TryResolve(earlier.At.Zone, limit, out var at))
        {
            return true;
        }

        return later.Instant < at.ToInstant();
    }

    /// <summary><paramref name="start"/> plus <paramref name="period"/>, or null past the calendar's end.</summary>
    public static LocalDateTime? Plus(LocalDateTime start, Period period) =>
        LocalArithmetic.TryPlus(start, period, out var result) ? result : null;
}
