using CmPlan.Analysis.Model;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Where a post's occurrences fall (contract §4): occurrence k at <c>at + k·every</c> (the period
/// multiplied), published while k ≤ <c>times</c> and its instant is within <c>until</c>, the plan's
/// end, the horizon and the calendar. The expander and the rules about bounds ask the same questions.
/// </summary>
public sealed class RepeatSchedule
{
    private readonly DateTimeZone zone;
    private readonly PlanDuration every;
    private readonly int? times;
    private readonly Instant? until;
    private readonly bool hasUntil;
    private readonly Horizon horizon;

    private RepeatSchedule(PlanInfo plan, LocalDateTime first, RepeatValue repeat)
    {
        zone = plan.Zone;
        First = first;
        every = repeat.Every.Value;
        times = repeat.Times?.Value;
        hasUntil = repeat.Until is not null;
        until = repeat.Until is { } u ? InstantBounds.EndOf(u.Value, zone) : null;
        horizon = Horizon.For(plan, first);
    }

    /// <summary>The nominal local date-time of the first publication (the <c>at</c> as written).</summary>
    public LocalDateTime First { get; }

    /// <summary>The schedule of a plain post's <c>repeat</c>; null for a queue item, or without <c>at</c> or <c>repeat</c>.</summary>
    public static RepeatSchedule? Of(PlanInfo plan, PostModel post) =>
        !post.IsQueueItem && post.At is { } at && post.Repeat?.Value is { } repeat && repeat.Every.Value.Amount > 0
            ? new RepeatSchedule(plan, at.Value, repeat)
            : null;

    /// <summary>Whether occurrence <paramref name="k"/> (k ≥ 1) goes out, and if not, the first bound (in the contract's order) that holds it back.</summary>
    public ScheduleCut Check(int k, out LocalDateTime nominal, out ZonedDateTime at)
    {
        at = default;
        if (times is { } n && k > n)
        {
            nominal = default;
            return ScheduleCut.Times;
        }

        if (!LocalArithmetic.TryPlusMultiple(First, every, k, out nominal) || !LocalArithmetic.TryResolve(zone, nominal, out at))
        {
            // An until is within the calendar: what lies past the calendar is past the until too.
            return hasUntil && until is not null ? ScheduleCut.Until : ScheduleCut.Calendar;
        }

        var instant = at.ToInstant();
        return !InstantBounds.Includes(until, instant) ? ScheduleCut.Until
            : !horizon.Includes(instant) ? horizon.Cut
            : ScheduleCut.None;
    }

    /// <summary>
    /// The reposts <c>times</c> and <c>until</c> allow, the plan's end and the horizon aside: the
    /// largest k whose occurrence neither holds back (null when neither bounds the repeat).
    /// </summary>
    public long? AllowedReposts()
    {
        if (times is null && !hasUntil)
        {
            return null;
        }

        if (until is null && times is { } count)
        {
            return count;
        }

        // Occurrences grow with k, so the allowed ones are a prefix: double, then halve.
        long limit = times ?? int.MaxValue;
        long low = 0;
        long high = 1;
        while (high <= limit && WithinUntil((int)high))
        {
            low = high;
            high *= 2;
        }

        high = Math.Min(high, limit + 1);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (WithinUntil((int)middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private bool WithinUntil(int k) =>
        LocalArithmetic.TryPlusMultiple(First, every, k, out var nominal)
        && LocalArithmetic.TryResolve(zone, nominal, out var at)
        && InstantBounds.Includes(until, at.ToInstant());
}
