using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Binding;

/// <summary>The texts of the structural diagnostics, in one place.</summary>
internal static class StructureMessages
{
    public static string UnknownProperty(BlockKind kind, string key, string? suggestion) =>
        $"'{Quote.Cut(key)}' is not a property of {BlockKeywords.Keyword(kind)}."
        + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")
        + $" Known: {string.Join(", ", BlockSchema.PropertiesOf(kind))}.";

    public static string DuplicateProperty(string key, int firstLine) =>
        $"'{key}' is already set on line {firstLine + 1}: a block has at most one '{key}'.";

    public static string MissingProperty(string block, string key, string example) =>
        $"{block} has no '{key}': add a line like '{example}'.";

    public const string MissingQueueStart =
        "has no 'start' and the plan has none: add 'start 2027-03-01' to the queue or the plan.";

    public static string DuplicateDefinition(string kind, string id, int firstLine) =>
        $"{kind} '{Quote.Cut(id)}' is already defined on line {firstLine + 1}: ids must be unique.";

    public static string DuplicateSingleton(string keyword, int firstLine) =>
        $"A file has at most one {keyword} block; the first one is on line {firstLine + 1}.";

    public static string UnknownReference(string kind, string id, string? suggestion) =>
        $"No {kind} '{Quote.Cut(id)}' is declared." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?");

    public static string LookAlike(string id, string declared) =>
        $"They look the same but differ: '{Quote.Cut(id)}' is {Quote.CodePoints(id)}; '{Quote.Cut(declared)}' is {Quote.CodePoints(declared)}.";

    public static string ConflictingSchedule(string key, string queue) =>
        $"This post is an item of queue '{Quote.Cut(queue)}', which sets its channels and times: remove '{key}', or remove 'queue'.";

    public static string UnknownRule(string id, string? suggestion) =>
        $"No rule is called '{Quote.Cut(id)}'." + (suggestion is null ? " 'cmplan rules' lists them." : $" Did you mean '{suggestion}'?");

    public static string StructuralRule(string id) =>
        $"'{Quote.Cut(id)}' is a structural rule: it is always an error and cannot be configured.";

    public static string MissingName(string keyword, string example) =>
        $"{keyword} needs a name: write it like '{example}'.";

    public const string PolicyTakesNoName = "policy takes no name: write 'policy' alone on its line.";

    public const string EmptyText = "'text' needs a quoted text on its line, or an indented text block below it.";

    public const string EmptyValue = "needs a value.";

    public static string UnknownNetwork(string name, string? suggestion) =>
        $"'{Quote.Cut(name)}' is not a network." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")
        + " Use x, twitter, instagram, linkedin, facebook, threads, bluesky, mastodon, tiktok, pinterest or youtube.";

    public const string LimitAtLeastOne = "A text limit must be at least 1.";
}
