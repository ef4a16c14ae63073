using CmPlan.Analysis.Configuration;

namespace CmPlan.Analysis;

/// <summary>
/// What an analysis needs besides the text: the clock, the <c>cmplan.json</c> that applies, if any,
/// and where media paths are looked up (none: they are not checked).
/// </summary>
public sealed record AnalysisOptions(PlanClock Clock, ConfigFile Config)
{
    public IMediaFiles? MediaFiles { get; init; }

    public static AnalysisOptions Default { get; } = new(PlanClock.System, ConfigFile.Empty);
}
