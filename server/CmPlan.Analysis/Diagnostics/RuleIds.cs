namespace CmPlan.Analysis.Diagnostics;

/// <summary>The rule ids of contract §5.</summary>
public static class RuleIds
{
    public const string UnboundedRepost = "unbounded-repost";
    public const string AfterExpiry = "after-expiry";
    public const string ExpiredContent = "expired-content";
    public const string DatedContent = "dated-content";
    public const string RepostTooFrequent = "repost-too-frequent";
    public const string QueueTooFrequent = "queue-too-frequent";
    public const string TooManyRepeats = "too-many-repeats";
    public const string SpanTooLong = "span-too-long";
    public const string IneffectiveRepeat = "ineffective-repeat";
    public const string TruncatedSchedule = "truncated-schedule";
    public const string TextTooLong = "text-too-long";
    public const string DuplicateContent = "duplicate-content";
    public const string SlotConflict = "slot-conflict";
    public const string AutomationRatio = "automation-ratio";
    public const string NonexistentTime = "nonexistent-time";
    public const string AmbiguousTime = "ambiguous-time";
    public const string OutsidePlan = "outside-plan";
    public const string PastPublication = "past-publication";
    public const string OffSlot = "off-slot";
    public const string Whitespace = "whitespace";
    public const string UnusedSuppression = "unused-suppression";
    public const string UnusedVariant = "unused-variant";
    public const string MissingMedia = "missing-media";
    public const string TooManyMedia = "too-many-media";
    public const string MissingAlt = "missing-alt";
    public const string MediaNotFound = "media-not-found";
    public const string NotApproved = "not-approved";
    public const string SuppressionInText = "suppression-in-text";

    public const string Syntax = "syntax";
    public const string UnknownProperty = "unknown-property";
    public const string MissingProperty = "missing-property";
    public const string DuplicateProperty = "duplicate-property";
    public const string InvalidValue = "invalid-value";
    public const string UnknownReference = "unknown-reference";
    public const string DuplicateDefinition = "duplicate-definition";
    public const string ConflictingSchedule = "conflicting-schedule";
    public const string UnknownRule = "unknown-rule";
    public const string ScheduleTooLarge = "schedule-too-large";

    /// <summary>Every rule id, in the order of contract §5.</summary>
    public static IReadOnlyList<string> InContractOrder { get; } =
    [
        UnboundedRepost, AfterExpiry, ExpiredContent, DatedContent, RepostTooFrequent, QueueTooFrequent, TooManyRepeats, SpanTooLong,
        IneffectiveRepeat, TruncatedSchedule,
        TextTooLong, DuplicateContent, SlotConflict, AutomationRatio, NonexistentTime, AmbiguousTime, OutsidePlan, PastPublication,
        OffSlot, Whitespace, UnusedSuppression, UnusedVariant, MissingMedia, TooManyMedia, MissingAlt, MediaNotFound, NotApproved,
        SuppressionInText,
        Syntax, UnknownProperty, MissingProperty, DuplicateProperty, InvalidValue, UnknownReference, DuplicateDefinition,
        ConflictingSchedule, UnknownRule, ScheduleTooLarge,
    ];
}
