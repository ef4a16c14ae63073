namespace CmPlan.Analysis.Localization;

/// <summary>The English templates: <c>{name}</c> is an argument; the text is what English users have always read.</summary>
internal static class EnglishTemplates
{
    public static string? Of(MessageId id) => id switch
    {
        MessageId.DidYouMean => " Did you mean '{suggestion}'?",
        MessageId.ReplaceWith => "Replace with '{suggestion}'",
        MessageId.WriteText => "Write '{text}'",
        MessageId.IndentWithSpaces => "Indent with spaces",
        MessageId.BlockNamed => "{keyword} '{name}'",

        MessageId.UnknownProperty => "'{key}' is not a property of {keyword}.",
        MessageId.KnownProperties => " Known: {known}.",
        MessageId.DuplicateProperty => "'{key}' is already set on line {line}: a block has at most one '{key}'.",
        MessageId.MissingProperty => "{block} has no '{key}': add a line like '{example}'.",
        MessageId.MissingQueueStart => "{block} has no 'start' and the plan has none: add 'start 2027-03-01' to the queue or the plan.",
        MessageId.DuplicateDefinition => "{keyword} '{id}' is already defined on line {line}: ids must be unique.",
        MessageId.DuplicateSingleton => "A file has at most one {keyword} block; the first one is on line {line}.",
        MessageId.UnknownReference => "No {keyword} '{id}' is declared.",
        MessageId.LookAlike => " They look the same but differ: '{id}' is {idPoints}; '{declared}' is {declaredPoints}.",
        MessageId.ConflictingSchedule => "This post is an item of queue '{queue}', which sets its channels and times: remove '{key}', or remove 'queue'.",
        MessageId.UnknownRule => "No rule is called '{id}'.",
        MessageId.UnknownRuleListed => " 'cmplan rules' lists them.",
        MessageId.StructuralRule => "'{id}' is a structural rule: it is always an error and cannot be configured.",
        MessageId.MissingName => "{keyword} needs a name: write it like '{example}'.",
        MessageId.PolicyTakesNoName => "policy takes no name: write 'policy' alone on its line.",
        MessageId.EmptyText => "'text' needs a quoted text on its line, or an indented text block below it.",
        MessageId.EmptyValue => "'{key}' needs a value.",
        MessageId.UnknownNetwork => "'{name}' is not a network.",
        MessageId.KnownNetworks => " Use x, twitter, instagram, linkedin, facebook, threads, bluesky, mastodon, tiktok, pinterest or youtube.",
        MessageId.LimitAtLeastOne => "A text limit must be at least 1.",
        MessageId.ScheduleTooLarge => "The plan reaches the schedule's budget of {budget} publications (each channel counts) while expanding {what}: "
            + "its later publications, and everything declared after it, are not scheduled or checked. "
            + "Repeat less often or for a shorter time, or split the plan into several files.",
        MessageId.ScheduleTooLargePost => "the post '{id}'",
        MessageId.ScheduleTooLargeQueue => "the queue '{id}'",
        MessageId.UnusedSuppression => "This cmplan-ignore comment silences nothing: no diagnostic it names starts where it applies. Delete it.",
        MessageId.DeleteUnusedSuppression => "Delete this cmplan-ignore comment",

        MessageId.NoProblems => "No problems in {files}",
        MessageId.ProblemsSummary => "{problems} ({errors}, {warnings}, {infos}, {hints}) in {files}",
        MessageId.ConfigurationLine => "Configuration: {names}",
        MessageId.ConfigurationsLine => "Configurations: {names}",
        MessageId.BuiltInDefaults => "none (built-in defaults)",
        MessageId.FixesApplied => "Applied {fixes} in {files}; {errors}",
        MessageId.FixesWouldApply => "Would apply {fixes} in {files}; {errors}",
        MessageId.FixesFailed => "; {files} could not be fixed",
        MessageId.FilesUnreadable => "{files} could not be read",
        MessageId.TooManyWarnings => "too many warnings ({warnings}; --max-warnings is {max})",
        _ => null,
    };
}
