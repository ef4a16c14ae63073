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

    public static string DuplicateText(int firstLine) =>
        $"'text' is already set on line {firstLine + 1}: a post has one plain text. For another channel's text write a variant, like 'text linkedin \"…\"'.";

    public static string DuplicateVariant(string channel, int firstLine) =>
        $"Channel '{Quote.Cut(channel)}' already has a variant on line {firstLine + 1}: a channel gets one text.";

    public static string TextBlockWithValue(string value) =>
        $"A text block's 'text' line takes no text: '{Quote.Cut(value)}' would be lost. Move it into the block, or name channels for a variant, like 'text instagram'.";

    public static string MissingTextFor(string block, IEnumerable<string> channels) =>
        $"{block} has no plain 'text' and no variant for {string.Join(", ", channels.Select(c => $"'{Quote.Cut(c)}'"))}: add a line like 'text \"Bonjour !\"', or a variant naming them.";

    public static string MediaForm(string value) =>
        $"'media' expects a path or a web address, then optionally alt and a quoted text, like 'media affiche.png alt \"Affiche du webinar\"', not '{Quote.Cut(value)}'.";

    public static string MediaKindUnknown(string path) =>
        $"'{Quote.Cut(path)}' is neither an image ({string.Join(" ", Model.MediaKinds.Images)}) nor a video ({string.Join(" ", Model.MediaKinds.Videos)}): a media path must name one.";

    public static string UnknownStatus(string value, string? suggestion) =>
        $"'status' expects draft, review or approved, not '{Quote.Cut(value)}'." + (suggestion is null ? string.Empty : $" Write '{suggestion}'.");

    public const string LimitAtLeastOne = "A text limit must be at least 1.";
}
