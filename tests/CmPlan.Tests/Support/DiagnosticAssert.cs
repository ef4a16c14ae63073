using CmPlan.Analysis;

namespace CmPlan.Tests.Support;

/// <summary>
/// The data-driven check of rust-analyzer's tests: analyse a plan and compare its diagnostics,
/// written as <c>"rule line:col-line:col"</c> (1-based, end exclusive), in order.
/// </summary>
public static class DiagnosticAssert
{
    public static AnalysisResult Check(string plan, params string[] expected)
    {
        var result = Plans.Analyze(plan);
        var source = result.Syntax.Source;
        var actual = result.Diagnostics.Select(d =>
        {
            var range = source.GetLineRange(d.Span);
            return $"{d.Rule} {range.Start.Line + 1}:{range.Start.Character + 1}-{range.End.Line + 1}:{range.End.Character + 1}";
        });
        Assert.Equal(expected, actual);
        return result;
    }

    /// <summary>Checks only the diagnostics of the given rules, ignoring the others.</summary>
    public static AnalysisResult CheckRules(string plan, string[] rules, params string[] expected)
    {
        var result = Plans.Analyze(plan);
        var source = result.Syntax.Source;
        var actual = result.Diagnostics.Where(d => rules.Contains(d.Rule)).Select(d =>
        {
            var range = source.GetLineRange(d.Span);
            return $"{d.Rule} {range.Start.Line + 1}:{range.Start.Character + 1}-{range.End.Line + 1}:{range.End.Character + 1}";
        });
        Assert.Equal(expected, actual);
        return result;
    }
}
