using NodaTime.Text;

namespace CmPlan.Analysis;

/// <summary>
/// Reads "now" as users write it (the CLI's <c>--now</c>, the editor's <c>cmplan.now</c>, contract
/// §4): a date (00:00 in the plan's zone), a local date-time (in the plan's zone, <c>T</c> or a
/// space between), or an instant (with <c>Z</c> or an offset).
/// </summary>
public static class PlanClockText
{
    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");


    /// <summary>The clock <paramref name="value"/> describes, or null when it is none of the forms.</summary>
    public static PlanClock? TryParse(string value)
    {
        var text = value.Trim().Replace(' ', 'T');
        if (Date.Parse(text) is { Success: true } date)
        {
            return PlanClock.AtLocal(date.Value.AtMidnight());
        }

        foreach (var pattern in Later.Locals)
        {
            if (pattern.Parse(text) is { Success: true } local)
            {
                return PlanClock.AtLocal(local.Value);
            }
        }

        foreach (var pattern in Later.Instants)
        {
            if (pattern.Parse(text) is { Success: true } instant)
            {
                return PlanClock.At(instant.Value.ToInstant());
            }
        }

        return null;
    }

    /// <summary>
    /// The other forms' patterns, built at the first value that is not a date: building a pattern is
    /// parsing it, and the usual <c>--now 2026-12-01</c> of a one-shot run needs only the date's.
    /// </summary>
    private static class Later
    {
        public static readonly LocalDateTimePattern[] Locals =
        [
            LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
            LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFF"),
        ];

        public static readonly OffsetDateTimePattern[] Instants =
        [
            OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
            OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFFo<G>"),
        ];
    }
}
