using CmPlan.Analysis.Model;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// How far a repeated post or a queue is expanded (contract §4): the plan's last day if it has an
/// <c>end</c>, else 365 days after the first publication, both inclusive and in local time.
/// </summary>
internal readonly record struct Horizon(LocalDate? LastDay, LocalDateTime? Last)
{
    /// <summary>The horizon's length without a plan <c>end</c>, in days.</summary>
    public const int DefaultDays = 365;

    public static Horizon For(PlanInfo plan, LocalDateTime first)
    {
        if (plan.End is { } end)
        {
            return new Horizon(end.Value, null);
        }

        // Past the end of NodaTime's calendar there is nothing to bound: the occurrence cap and the
        // range checks stop the expansion there.
        return LocalArithmetic.TryPlus(first, Period.FromDays(DefaultDays), out var last)
            ? new Horizon(null, last)
            : new Horizon(null, null);
    }

    public bool Includes(LocalDateTime moment) =>
        LastDay is { } day ? moment.Date <= day : Last is not { } last || moment <= last;
}
