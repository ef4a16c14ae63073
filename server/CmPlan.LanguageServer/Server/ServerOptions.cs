using CmPlan.Analysis;

namespace CmPlan.LanguageServer.Server;

/// <summary>How the server analyses documents (clock and <c>cmplan.json</c>).</summary>
public sealed record ServerOptions(AnalysisOptions Analysis)
{
    public static ServerOptions Default { get; } = new(AnalysisOptions.Default);
}
