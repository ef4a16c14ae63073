using CmPlan.Analysis;
using NodaTime;

namespace CmPlan.Tests.Support;

/// <summary>Analyses plan text the way the tools do, with a fixed "now" so results do not drift.</summary>
public static class Plans
{
    /// <summary>Monday 1 Feb 2027, 00:00 in the plan's zone: before the examples' campaigns start (month-end has one earlier post).</summary>
    public static PlanClock DefaultNow { get; } = PlanClock.AtLocal(new LocalDateTime(2027, 2, 1, 0, 0));

    public static AnalysisResult Analyze(string text, PlanClock? now = null) =>
        PlanAnalyzer.Analyze(text, AnalysisOptions.Default with { Clock = now ?? DefaultNow });
}
