using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis;

/// <summary>
/// What an analysis needs besides the text: the clock, the <c>cmplan.json</c> that applies, if any,
/// where media paths are looked up (none: they are not checked), and the language its messages are written in.
/// </summary>
public sealed record AnalysisOptions(PlanClock Clock, ConfigFile Config)
{
    public IMediaFiles? MediaFiles { get; init; }

    public static AnalysisOptions Default { get; } = new(PlanClock.System, ConfigFile.Empty);

    /// <summary>English unless the caller chose French: the same plan can be analysed in either.</summary>
    public Language Language { get; init; } = Language.English;
}
