using CmPlan.Analysis;

namespace CmPlan.LanguageServer.Server;

/// <summary>How the server analyses documents (clock and <c>cmplan.json</c>), and when it gives memory back after a burst of work.</summary>
public sealed record ServerOptions(AnalysisOptions Analysis)
{
    public static ServerOptions Default { get; } = new(AnalysisOptions.Default);

    public AllocationSpike Spike { get; init; } = AllocationSpike.Default;
}
