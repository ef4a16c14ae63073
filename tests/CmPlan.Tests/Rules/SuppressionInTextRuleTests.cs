using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Rules;

/// <summary><c>suppression-in-text</c>: a text-block line that reads like a suppression is published as text.</summary>
public class SuppressionInTextRuleTests
{
    private const string Rule = RuleIds.SuppressionInText;

    private static string Plan(string text) =>
        "channel insta\n  network instagram\n\npost rentree\n  on insta\n  at 2027-09-21 18:00\n  text\n" + text;

    [Theory]
    [InlineData("    C'est la rentrée !\n    # cmplan-ignore off-slot\n    #rentrée\n", "9:5-9:29")]
    [InlineData("    C'est la rentrée !\n    #cmplan-ignore\n", "9:5-9:19")]
    [InlineData("    C'est la rentrée !\n      #   cmplan-ignore whitespace -- voulu\n", "9:7-9:44")]
    [InlineData("    # cmplan-ignore, off-slot\n    C'est la rentrée !\n", "8:5-8:30")]
    public void A_suppression_line_inside_a_text_block_is_reported(string text, string range)
    {
        var diagnostic = Assert.Single(RuleAssert.Fires(Plan(text), Rule, range));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "This line of the text reads like a cmplan-ignore comment, but inside a text '#' is text: it will be published as written and silences nothing. To silence a rule for this text, put the comment at the end of its 'text' line or on the line above it.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("    C'est la rentrée ! #cmplan-ignore\n")]
    [InlineData("    #cmplan-ignored, ou presque\n")]
    [InlineData("    #rentrée #savon\n")]
    [InlineData("    Notre mot-clé : # cmplan-ignore\n")]
    public void Hashtags_and_text_that_merely_mention_it_are_fine(string text) =>
        RuleAssert.Silent(Plan(text), Rule);

    [Fact]
    public void A_quoted_text_is_not_checked() =>
        RuleAssert.Silent("channel x\n\npost a\n  on x\n  at 2027-09-21 18:00\n  text \"# cmplan-ignore\"\n", Rule);

    [Fact]
    public void The_line_silences_nothing_and_can_itself_be_silenced_on_the_text_line()
    {
        var plan = "channel x\n  slots weekdays 09:00\n\npost a\n  on x\n  at 2027-09-21 18:00\n  text\n    Bonjour\n    # cmplan-ignore off-slot\n";
        RuleAssert.Fires(plan, RuleIds.OffSlot, "6:6-6:22");
        RuleAssert.Silent(plan.Replace("  text\n", "  text  # cmplan-ignore suppression-in-text\n", StringComparison.Ordinal), Rule);
    }
}
