using CmPlan.Analysis;
using CmPlan.Cli.Inputs;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>One plan and what its analysis found.</summary>
public sealed record CheckedFile(InputFile Input, AnalysisResult Result)
{
    public string DisplayPath => Input.DisplayPath;

    public SourceText Source => Input.Source;
}
