using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Ide.InlayHints;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

public class HoverServiceRobustnessTests
{
    [Theory]
    [MemberData(nameof(Repo.ExamplePlans), MemberType = typeof(Repo))]
    public void Every_offset_of_every_example_gives_a_hover_over_it_or_none(string plan)
    {
        var result = Plans.Analyze(File.ReadAllText(Path.Combine(Repo.Examples, plan)));
        var length = result.Syntax.Source.Text.Length;
        for (var offset = -1; offset <= length + 1; offset++)
        {
            if (HoverService.Hover(result, offset) is { } hover)
            {
                Assert.True(hover.Range.Contains(offset) || hover.Range.Start == offset, $"{plan}: the hover at {offset} is over {hover.Range}");
                Assert.False(string.IsNullOrWhiteSpace(hover.Markdown));
            }
        }

        foreach (var hint in InlayHintService.Hints(result, new TextSpan(0, length)))
        {
            Assert.InRange(hint.Offset, 0, length);
            Assert.StartsWith("→ ", hint.Label, StringComparison.Ordinal);
        }
    }
}
