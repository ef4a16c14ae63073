using CmPlan.Grammar.Parsing;

namespace CmPlan.Tests.Grammar;

public class ParserSmokeTests
{
    [Fact]
    public void Reads_a_block_with_properties()
    {
        var doc = PlanParser.Parse("post a\n  on x\n  text \"Bonjour 👋\"  # salut\n");
        var block = Assert.Single(doc.Blocks);
        Assert.Equal("a", block.Argument?.Text);
        Assert.Equal(["on", "text"], block.Properties.Select(p => p.Key.Text));
        Assert.Empty(doc.Diagnostics);
        Assert.Single(doc.Comments);
    }
}
