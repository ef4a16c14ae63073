using CmPlan.Analysis;
using CmPlan.Cli.Inputs;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>One plan, what its analysis found, and the <c>cmplan.json</c> it was checked with (as outputs name it; null: none).</summary>
public sealed record CheckedFile(InputFile Input, AnalysisResult Result, string? Config = null)
{
    public string DisplayPath => Input.DisplayPath;

    public SourceText Source => Input.Source;
}
