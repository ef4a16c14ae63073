using CmPlan.Analysis;
using CmPlan.Analysis.Formatting;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Formatting;

/// <summary>Every example: formatting keeps its plan, its diagnostics and is idempotent, or is refused for a syntax error.</summary>
public class ExampleFormatTests
{
    public static TheoryData<string> Examples() => Repo.ExamplePlans();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_formats_without_changing_its_plan(string example)
    {
        var source = SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Repo.Examples, example)));
        var syntax = PlanParser.Parse(source);
        if (syntax.Diagnostics.Length == 0)
        {
            FormatAssert.KeepsThePlan(source);
            return;
        }

        var first = source.GetLinePosition(syntax.Diagnostics.Min(d => d.Span.Start));
        var result = PlanFormatter.Format(source);
        Assert.Null(result.Text);
        Assert.StartsWith($"not formatted: line {first.Line + 1},", result.Refusal, StringComparison.Ordinal);
    }

    /// <summary>Format, then check: the same diagnostics, each on the same source text (positions move, meaning does not).</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Formatting_an_example_keeps_its_diagnostics(string example)
    {
        var source = SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Repo.Examples, example)));
        var formatted = PlanFormatter.Format(source);
        if (formatted.Text is null)
        {
            return; // refused for a syntax error: covered above
        }

        Assert.Equal(Describe(source), Describe(SourceText.From(formatted.Text)));
    }

    private static IEnumerable<string> Describe(SourceText source)
    {
        var result = PlanAnalyzer.Analyze(source, AnalysisOptions.Default with { Clock = Plans.DefaultNow });
        return result.Diagnostics
            .Select(d => $"{d.Rule} {d.Severity} [{source[d.Span]}] {d.Message} fixes:{string.Join("|", d.Fixes.Select(f => f.Title))}")
            .Order(StringComparer.Ordinal);
    }
}
