using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;

namespace CmPlan.Tests.Localization;

public class RuleTextsTests
{
    /// <summary>A rule added without its French title and summary fails here (it would speak English to French users).</summary>
    [Fact]
    public void Every_rule_has_a_French_title_and_summary()
    {
        Assert.Empty(RuleCatalog.All.Where(r => !RuleTexts.HasFrench(r.Id)).Select(r => r.Id));
        foreach (var rule in RuleCatalog.All)
        {
            Assert.NotEqual(rule.Summary, RuleTexts.Summary(rule, Language.French));
            Assert.Equal(rule.Summary, RuleTexts.Summary(rule, Language.English));
            Assert.Equal(rule.Title, RuleTexts.Title(rule, Language.English));
        }
    }

    [Fact]
    public void French_summaries_are_typeset_and_say_republication() =>
        Assert.Equal(
            "Un repeat ou un recycle de file n'a ni times ni until\u202F: il ne s'arrête jamais.",
            RuleTexts.Summary(RuleCatalog.Get(RuleIds.UnboundedRepost), Language.French));
}
