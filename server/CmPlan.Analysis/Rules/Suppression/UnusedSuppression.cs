using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Rules.Suppression;

/// <summary>The metadata of <c>unused-suppression</c>, which <see cref="SuppressionFilter"/> reports once every rule has run.</summary>
public static class UnusedSuppression
{
    public static RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnusedSuppression,
        Severity.Hint,
        false,
        "Unused suppression",
        "A cmplan-ignore comment silences nothing.");
}
