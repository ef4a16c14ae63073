namespace CmPlan.Grammar.Values;

public enum DurationUnit
{
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
}
