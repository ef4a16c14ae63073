namespace CmPlan.Analysis.Rules;

/// <summary>Every implemented rule, in catalogue order. Adding a rule: its class, its doc, its tests, and one line here.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new Content.DatedContentRule(),
        new Failures.RepostTooFrequentRule(),
        new Content.TextTooLongRule(),
        new Content.DuplicateContentRule(),
        new Content.WhitespaceRule(),
    ];
}
