using NodaTime;

namespace CmPlan.Analysis;

/// <summary>
/// Where "now" comes from: a clock, a fixed instant, or a fixed local date-time that is read in
/// the plan's own zone (a <c>--now</c> without an offset) — hence resolved per plan.
/// </summary>
public abstract record PlanClock
{
    public static PlanClock System { get; } = new ClockNow(SystemClock.Instance);

    public static PlanClock From(IClock clock) => new ClockNow(clock);

    public static PlanClock At(Instant instant) => new FixedInstant(instant);

    public static PlanClock AtLocal(LocalDateTime local) => new FixedLocal(local);

    public abstract Instant Now(DateTimeZone planZone);

    private sealed record ClockNow(IClock Clock) : PlanClock
    {
        public override Instant Now(DateTimeZone planZone) => Clock.GetCurrentInstant();
    }

    private sealed record FixedInstant(Instant Instant) : PlanClock
    {
        public override Instant Now(DateTimeZone planZone) => Instant;
    }

    private sealed record FixedLocal(LocalDateTime Local) : PlanClock
    {
        public override Instant Now(DateTimeZone planZone) => planZone.AtLeniently(Local).ToInstant();
    }
}
