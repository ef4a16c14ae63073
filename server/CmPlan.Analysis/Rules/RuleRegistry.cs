namespace CmPlan.Analysis.Rules;

/// <summary>Every implemented rule, in catalogue order. Adding a rule: its class, its doc, its tests, and one line here.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new Failures.UnboundedRepostRule(),
        new Failures.AfterExpiryRule(),
        new Failures.ExpiredContentRule(),
        new Content.DatedContentRule(),
        new Failures.RepostTooFrequentRule(),
        new Failures.QueueTooFrequentRule(),
        new Failures.TooManyRepeatsRule(),
        new Failures.SpanTooLongRule(),
        new Failures.IneffectiveRepeatRule(),
        new Failures.TruncatedScheduleRule(),
        new Content.TextTooLongRule(),
        new Content.DuplicateContentRule(),
        new Calendar.SlotConflictRule(),
        new Calendar.AutomationRatioRule(),
        new Calendar.NonexistentTimeRule(),
        new Calendar.AmbiguousTimeRule(),
        new Calendar.OutsidePlanRule(),
        new Calendar.PastPublicationRule(),
        new Calendar.OffSlotRule(),
        new Content.WhitespaceRule(),
        new Content.UnusedVariantRule(),
        new Media.MissingMediaRule(),
        new Media.TooManyMediaRule(),
        new Media.MissingAltRule(),
        new Media.MediaNotFoundRule(),
        new Calendar.NotApprovedRule(),
        new Content.SuppressionInTextRule(),
    ];
}
