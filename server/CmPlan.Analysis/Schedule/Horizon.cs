using CmPlan.Analysis.Model;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// How far a repeated post or a queue is expanded (contract §4): the end of the plan's last day if
/// it has an <c>end</c>, else 365 days after the first publication (nominal local time), both
/// inclusive and compared as instants. <see cref="Last"/> is null past the calendar's end.
/// </summary>
internal readonly record struct Horizon(Instant? Last, bool IsPlanEnd)
{
    /// <summary>The horizon's length without a plan <c>end</c>, in days.</summary>
    public const int DefaultDays = 365;

    public static Horizon For(PlanInfo plan, LocalDateTime first)
    {
        if (plan.End is { } end)
        {
            return new Horizon(InstantBounds.EndOfDay(end.Value, plan.Zone), true);
        }

        return LocalArithmetic.TryPlus(first, Period.FromDays(DefaultDays), out var last) && LocalArithmetic.TryResolve(plan.Zone, last, out var at)
            ? new Horizon(at.ToInstant(), false)
            : new Horizon(null, false);
    }

    /// <summary>Why a publication past it is cut: the plan's end, or the one-year horizon.</summary>
    public ScheduleCut Cut => IsPlanEnd ? ScheduleCut.PlanEnd : ScheduleCut.Horizon;

    public bool Includes(Instant moment) => InstantBounds.Includes(Last, moment);
}
