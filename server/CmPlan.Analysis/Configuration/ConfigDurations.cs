using System.Globalization;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Configuration;

/// <summary>The duration form of contract §2 (<c>7d</c>, <c>10min</c>, <c>1mo</c>: digits, then a unit, non-zero), for <c>cmplan.json</c> values.</summary>
public static class ConfigDurations
{
    private static readonly (string Suffix, DurationUnit Unit)[] Units =
    [
        ("min", DurationUnit.Minutes),
        ("mo", DurationUnit.Months),
        ("h", DurationUnit.Hours),
        ("d", DurationUnit.Days),
        ("w", DurationUnit.Weeks),
    ];

    public static PlanDuration? Parse(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return null;
        }

        var suffix = text[digits..];
        foreach (var (unitSuffix, unit) in Units)
        {
            if (suffix == unitSuffix
                && int.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                && amount > 0)
            {
                return new PlanDuration(amount, unit);
            }
        }

        return null;
    }
}
