namespace CmPlan.Analysis.Localization;

/// <summary>
/// The key of every message template of the catalogue. Each has an English and a French template
/// (<see cref="EnglishTemplates"/>, <see cref="FrenchTemplates"/>) with the same named arguments.
/// </summary>
public enum MessageId
{
    // Shared pieces.
    DidYouMean,
    ReplaceWith,
    WriteText,
    IndentWithSpaces,
    BlockNamed,

    // Structural diagnostics (Binding/).
    UnknownProperty,
    KnownProperties,
    DuplicateProperty,
    MissingProperty,
    MissingQueueStart,
    DuplicateDefinition,
    DuplicateSingleton,
    UnknownReference,
    LookAlike,
    ConflictingSchedule,
    UnknownRule,
    UnknownRuleListed,
    StructuralRule,
    MissingName,
    PolicyTakesNoName,
    EmptyText,
    EmptyValue,
    UnknownNetwork,
    KnownNetworks,
    LimitAtLeastOne,
    ScheduleTooLarge,
    ScheduleTooLargePost,
    ScheduleTooLargeQueue,
    UnusedSuppression,
    DeleteUnusedSuppression,

    // Command line summaries and reports.
    NoProblems,
    ProblemsSummary,
    ConfigurationLine,
    ConfigurationsLine,
    BuiltInDefaults,
    FixesApplied,
    FixesWouldApply,
    FixesFailed,
    FilesUnreadable,
    TooManyWarnings,
}
