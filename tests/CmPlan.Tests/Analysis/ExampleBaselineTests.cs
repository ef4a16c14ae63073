using CmPlan.Analysis;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Analysis;

/// <summary>Every example's diagnostics, as an interleaved baseline under <c>Golden/diagnostics/</c>.</summary>
public class ExampleBaselineTests
{
    public static TheoryData<string> Examples() => Repo.ExamplePlans();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_diagnostics_match_the_baseline(string example)
    {
        var source = SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Repo.Examples, example)));
        var result = PlanAnalyzer.Analyze(source, AnalysisOptions.Default with { Clock = Plans.DefaultNow });
        Golden.Verify($"diagnostics/{Path.ChangeExtension(example, ".diagnostics")}", DiagnosticsBaseline.Print(source, result.Diagnostics));
    }
}
