using CmPlan.Analysis.Ide.InlayHints;
using CmPlan.Grammar.Text;
using NodaTime;
using static CmPlan.Tests.Ide.HoverTestPlan;

namespace CmPlan.Tests.Ide;

public class InlayHintServiceTests
{
    private static readonly LocalDateTime March7 = new(2027, 3, 7, 12, 30);

    [Fact]
    public void After_a_repeat_the_publication_count_and_the_last_day()
    {
        var result = Analyze(March7);
        var text = result.Syntax.Source.Text;
        var hint = Assert.Single(InlayHintService.Hints(result, new TextSpan(0, text.Length)));
        Assert.Equal(At(text, "every 7d times 3", "every 7d times 3".Length), hint.Offset);
        Assert.Equal("→ 4 publications, last Wed 31 Mar", hint.Label);
    }

    [Fact]
    public void The_year_is_written_when_it_is_not_this_year()
    {
        var result = Analyze(new LocalDateTime(2026, 12, 1, 9, 0));
        var hint = Assert.Single(InlayHintService.Hints(result, new TextSpan(0, result.Syntax.Source.Text.Length)));
        Assert.Equal("→ 4 publications, last Wed 31 Mar 2027", hint.Label);
    }

    [Fact]
    public void Only_repeats_in_the_visible_range()
    {
        var result = Analyze(March7);
        var text = result.Syntax.Source.Text;
        Assert.Empty(InlayHintService.Hints(result, new TextSpan(0, At(text, "post webinar"))));
    }

    [Fact]
    public void A_repeat_cut_short_by_until_counts_what_is_left()
    {
        var plan = Text.Replace("every 7d times 3", "every 7d until 2027-03-20", StringComparison.Ordinal);
        var result = Analyze(March7, plan);
        var hint = Assert.Single(InlayHintService.Hints(result, new TextSpan(0, result.Syntax.Source.Text.Length)));
        Assert.Equal("→ 2 publications, last Wed 17 Mar", hint.Label);
    }
}
