using CmPlan.Analysis;
using NodaTime.Text;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// Reads <c>--now</c> (contract §4): a date (00:00 in the plan's zone), a local date-time (in the
/// plan's zone, <c>T</c> or a space between), or an instant (with <c>Z</c> or an offset).
/// </summary>
public static class NowOption
{
    public const string Expected =
        "expected a date (2027-03-01), a local date-time (2027-03-01T09:00 or \"2027-03-01 09:00\") or an instant (2027-03-01T09:00Z, 2027-03-01T09:00+01:00)";

    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private static readonly LocalDateTimePattern[] Locals =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFF"),
    ];

    private static readonly OffsetDateTimePattern[] Instants =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFFo<G>"),
    ];

    public static PlanClock Parse(string? value)
    {
        if (value is null)
        {
            return PlanClock.System;
        }

        var text = value.Trim().Replace(' ', 'T');
        var date = Date.Parse(text);
        if (date.Success)
        {
            return PlanClock.AtLocal(date.Value.AtMidnight());
        }

        foreach (var pattern in Locals)
        {
            var local = pattern.Parse(text);
            if (local.Success)
            {
                return PlanClock.AtLocal(local.Value);
            }
        }

        foreach (var pattern in Instants)
        {
            var instant = pattern.Parse(text);
            if (instant.Success)
            {
                return PlanClock.At(instant.Value.ToInstant());
            }
        }

        throw new CliError($"invalid --now '{value}': {Expected}");
    }
}
