using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Fuzz;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

/// <summary>
/// Folding ranges are kept per block while an edit only moves it: after every edit of a seeded
/// sequence, an edited session's ranges are those of the same text analysed afresh, by start line
/// and the longer first (merged from the blocks' kept ranges and the comments between them).
/// </summary>
public class FoldingRangesAfterEditsTests
{
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    private static readonly string[] Pastes =
    [
        "\n", "\n\n", " ", "# note\n", "# a\n# b\n", "  # c\n  # d\n", "é", "  text\n    Ligne 1\n    Ligne 2\n",
        "post p\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n\n", "channel x\n", "  tags a\n",
    ];

    [Fact]
    public void After_each_edit_the_ranges_are_those_of_the_text_analysed_afresh()
    {
        for (var seed = 0; seed < 80; seed++)
        {
            var rng = new Random(seed);
            var session = new AnalysisSession(SourceText.From(Encoding.UTF8.GetString(FuzzInputs.Case(seed))), Options);
            FoldingRanges.Of(session.Result);
            for (var step = 0; step < 10; step++)
            {
                var text = session.Source.Text;
                var start = rng.Next(text.Length + 1);
                var end = rng.Next(3) == 0 ? Math.Min(text.Length, start + rng.Next(20)) : start;
                var edited = session.Edit(TextSpan.FromBounds(start, end), Pastes[rng.Next(Pastes.Length)]);
                var ranges = FoldingRanges.Of(edited).ToArray();
                Assert.Equal(FoldingRanges.Of(PlanAnalyzer.Analyze(session.Source.Text, Options)).ToArray(), ranges);
                Assert.Equal(ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine), ranges);
            }
        }
    }
}
