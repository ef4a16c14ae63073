using NodaTime;

namespace CmPlan.Analysis;

/// <summary>
/// Where "now" comes from: a clock, a fixed instant, or a fixed local date-time that is read in
/// the plan's own zone (a <c>--now</c> without an offset) — hence resolved per plan.
/// </summary>
public abstract record PlanClock
{
    public static PlanClock System { get; } = new ClockNow(SystemClock.Instance);

    /// <summary>
    /// The system clock read to the minute, as the language server reads it: plan times are minutes,
    /// so rules judge alike (a post of this very minute is not past yet), and the analyses of a
    /// minute's keystrokes share one "now" — what a check found after reading it still holds at the
    /// next keystroke, where a clock that moved would have every dated post checked again.
    /// </summary>
    public static PlanClock SystemToTheMinute { get; } = ToTheMinute(SystemClock.Instance);

    public static PlanClock From(IClock clock) => new ClockNow(clock);

    /// <summary><paramref name="clock"/> read to the minute, rounded down.</summary>
    public static PlanClock ToTheMinute(IClock clock) => new MinuteNow(clock);

    public static PlanClock At(Instant instant) => new FixedInstant(instant);

    public static PlanClock AtLocal(LocalDateTime local) => new FixedLocal(local);

    public abstract Instant Now(DateTimeZone planZone);

    private sealed record ClockNow(IClock Clock) : PlanClock
    {
        public override Instant Now(DateTimeZone planZone) => Clock.GetCurrentInstant();
    }

    private sealed record MinuteNow(IClock Clock) : PlanClock
    {
        public override Instant Now(DateTimeZone planZone)
        {
            var ticks = Clock.GetCurrentInstant().ToUnixTimeTicks();
            var intoMinute = ((ticks % NodaConstants.TicksPerMinute) + NodaConstants.TicksPerMinute) % NodaConstants.TicksPerMinute;
            return Instant.FromUnixTimeTicks(ticks - intoMinute);
        }
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
