using CmPlan.Analysis.Configuration;

namespace CmPlan.Analysis;

/// <summary>What an analysis needs besides the text: the clock and the <c>cmplan.json</c> that applies, if any.</summary>
public sealed record AnalysisOptions(PlanClock Clock, ConfigFile Config)
{
    public static AnalysisOptions Default { get; } = new(PlanClock.System, ConfigFile.Empty);
}
