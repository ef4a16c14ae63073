using NodaTime;

namespace CmPlan.Grammar.Values;

/// <summary>A duration as written (<c>5d</c>, <c>1mo</c>, <c>10min</c>): a positive amount of one calendar unit.</summary>
public sealed record PlanDuration(int Amount, DurationUnit Unit)
{
    public Period ToPeriod() => Unit switch
    {
        DurationUnit.Minutes => Period.FromMinutes(Amount),
        DurationUnit.Hours => Period.FromHours(Amount),
        DurationUnit.Days => Period.FromDays(Amount),
        DurationUnit.Weeks => Period.FromWeeks(Amount),
        _ => Period.FromMonths(Amount),
    };

    public static string Suffix(DurationUnit unit) => unit switch
    {
        DurationUnit.Minutes => "min",
        DurationUnit.Hours => "h",
        DurationUnit.Days => "d",
        DurationUnit.Weeks => "w",
        _ => "mo",
    };

    /// <summary>The canonical source form, e.g. <c>7d</c>.</summary>
    public override string ToString() => $"{Amount}{Suffix(Unit)}";
}
