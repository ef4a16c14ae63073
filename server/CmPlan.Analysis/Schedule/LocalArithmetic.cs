using CmPlan.Grammar.Values;
using NodaTime;
using NodaTime.TimeZones;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Plan-time arithmetic that reports NodaTime's range limits as a failed result instead of an
/// exception, so that an absurd plan (year 9999, <c>every 2147483647mo</c>) ends an expansion
/// rather than the analysis.
/// </summary>
public static class LocalArithmetic
{
    /// <summary><paramref name="start"/> plus <paramref name="every"/> multiplied by <paramref name="k"/>, as one period.</summary>
    public static bool TryPlusMultiple(LocalDateTime start, PlanDuration every, int k, out LocalDateTime result)
    {
        try
        {
            // Multiplying the amount (not adding the period k times) keeps month ends anchored:
            // 31 Jan + 2mo is 31 Mar, not 28 Mar.
            var amount = checked(every.Amount * k);
            var period = every.Unit switch
            {
                DurationUnit.Minutes => Period.FromMinutes(amount),
                DurationUnit.Hours => Period.FromHours(amount),
                DurationUnit.Days => Period.FromDays(amount),
                DurationUnit.Weeks => Period.FromWeeks(amount),
                _ => Period.FromMonths(amount),
            };
            result = start.Plus(period);
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            result = default;
            return false;
        }
    }

    public static bool TryPlus(LocalDateTime start, Period period, out LocalDateTime result)
    {
        try
        {
            result = start.Plus(period);
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>
    /// Maps a local date-time to the zone with the lenient resolver (a gap moves forward by its
    /// length, an overlap takes the earlier instant). Fails only at the ends of time, where the
    /// instant is not representable.
    /// </summary>
    public static bool TryResolve(DateTimeZone zone, LocalDateTime local, out ZonedDateTime result)
    {
        try
        {
            result = zone.ResolveLocal(local, Resolvers.LenientResolver);

            // Ordering needs the instant; near 9999-12-31 the local value may exist while its instant does not.
            _ = result.ToInstant();
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>
    /// The local date-time of <paramref name="instant"/> in <paramref name="zone"/>. An instant so far
    /// out that the zone cannot map it (the ends of NodaTime's range) is read in UTC instead, and
    /// <paramref name="inUtc"/> says so: what a message or a hover shows, never an exception.
    /// </summary>
    public static LocalDateTime LocalOf(Instant instant, DateTimeZone zone, out bool inUtc)
    {
        try
        {
            inUtc = false;
            return instant.InZone(zone).LocalDateTime;
        }
        catch (ArgumentOutOfRangeException)
        {
            inUtc = true;
            return instant.InUtc().LocalDateTime;
        }
    }
}
