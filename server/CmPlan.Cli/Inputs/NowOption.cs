using CmPlan.Analysis;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Inputs;

/// <summary>Reads <c>--now</c> with <see cref="PlanClockText"/>; absent means the system clock.</summary>
public static class NowOption
{
    public static PlanClock Parse(string? value) =>
        value is null
            ? PlanClock.System
            : PlanClockText.TryParse(value) ?? throw CliError.InvalidValue("--now", value, MessageId.NowExpected);
}
