using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
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
        var path = Path.Combine(Repo.Examples, example);
        var source = SourceText.FromBytes(File.ReadAllBytes(path));
        // Media paths are looked up next to the example, as cmplan check does.
        var result = PlanAnalyzer.Analyze(source, AnalysisOptions.Default with { Clock = Plans.DefaultNow, MediaFiles = MediaFolder.ForPlan(path) });
        Golden.Verify($"diagnostics/{Path.ChangeExtension(example, ".diagnostics")}", DiagnosticsBaseline.Print(source, result.Diagnostics));
    }
}
