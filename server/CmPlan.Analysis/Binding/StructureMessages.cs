using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Binding;

/// <summary>The texts of the structural diagnostics, in one place, from the catalogue.</summary>
internal static class StructureMessages
{
    public static string UnknownProperty(Words words, BlockKind kind, string key, string? suggestion) =>
        words.Say(MessageId.UnknownProperty, ("key", Quote.Cut(key)), ("keyword", BlockKeywords.Keyword(kind)))
        + DidYouMean(words, suggestion)
        + words.Say(MessageId.KnownProperties, ("known", string.Join(", ", BlockSchema.PropertiesOf(kind))));

    public static string DuplicateProperty(Words words, string key, int firstLine) =>
        words.Say(MessageId.DuplicateProperty, ("key", key), ("line", Line(words, firstLine)));

    public static string MissingProperty(Words words, string block, string key, string example) =>
        words.Say(MessageId.MissingProperty, ("block", block), ("key", key), ("example", example));

    public static string DuplicateDefinition(Words words, string kind, string id, int firstLine) =>
        words.Say(MessageId.DuplicateDefinition, ("keyword", kind), ("id", Quote.Cut(id)), ("line", Line(words, firstLine)));

    public static string DuplicateSingleton(Words words, string keyword, int firstLine) =>
        words.Say(MessageId.DuplicateSingleton, ("keyword", keyword), ("line", Line(words, firstLine)));

    public static string UnknownReference(Words words, string kind, string id, string? suggestion) =>
        words.Say(MessageId.UnknownReference, ("keyword", kind), ("id", Quote.Cut(id))) + DidYouMean(words, suggestion);

    public static string LookAlike(Words words, string id, string declared) =>
        words.Say(
            MessageId.LookAlike,
            ("id", Quote.Cut(id)),
            ("idPoints", Quote.CodePoints(id)),
            ("declared", Quote.Cut(declared)),
            ("declaredPoints", Quote.CodePoints(declared)));

    public static string ConflictingSchedule(Words words, string key, string queue) =>
        words.Say(MessageId.ConflictingSchedule, ("queue", Quote.Cut(queue)), ("key", key));

    public static string UnknownRule(Words words, string id, string? suggestion) =>
        words.Say(MessageId.UnknownRule, ("id", Quote.Cut(id)))
        + (suggestion is null ? words.Say(MessageId.UnknownRuleListed) : DidYouMean(words, suggestion));

    public static string StructuralRule(Words words, string id) => words.Say(MessageId.StructuralRule, ("id", Quote.Cut(id)));

    public static string MissingName(Words words, string keyword, string example) =>
        words.Say(MessageId.MissingName, ("keyword", keyword), ("example", example));

    public static string UnknownNetwork(Words words, string name, string? suggestion) =>
        words.Say(MessageId.UnknownNetwork, ("name", Quote.Cut(name))) + DidYouMean(words, suggestion) + words.Say(MessageId.KnownNetworks);

    /// <summary>" Did you mean 'x'?", or nothing without a suggestion.</summary>
    public static string DidYouMean(Words words, string? suggestion) =>
        suggestion is null ? string.Empty : words.Say(MessageId.DidYouMean, ("suggestion", suggestion));

    /// <summary>A block as messages name it: "post 'lancement'", or its keyword alone.</summary>
    public static string Block(Words words, BlockSyntax block) =>
        block.Argument is not { } argument ? block.Keyword.Text : words.Say(MessageId.BlockNamed, ("keyword", block.Keyword.Text), ("name", Quote.Cut(argument.Text)));

    public static string DuplicateText(Words words, int firstLine) =>
        words.Say(MessageId.DuplicateText, ("line", Line(words, firstLine)));

    public static string DuplicateVariant(Words words, string channel, int firstLine) =>
        words.Say(MessageId.DuplicateVariant, ("channel", Quote.Cut(channel)), ("line", Line(words, firstLine)));

    public static string TextBlockWithValue(Words words, string value) =>
        words.Say(MessageId.TextBlockWithValue, ("value", Quote.Cut(value)));

    public static string MissingTextFor(Words words, string block, IEnumerable<string> channels) =>
        words.Say(MessageId.MissingTextFor, ("block", block), ("channels", string.Join(", ", channels.Select(c => words.Say(MessageId.Quoted, ("name", Quote.Cut(c)))))));

    public static string MediaForm(Words words, string value) =>
        words.Say(MessageId.MediaForm, ("value", Quote.Cut(value)));

    public static string MediaKindUnknown(Words words, string path) =>
        words.Say(MessageId.MediaKindUnknown, ("path", Quote.Cut(path)), ("images", string.Join(" ", Model.MediaKinds.Images)), ("videos", string.Join(" ", Model.MediaKinds.Videos)));

    public static string UnknownStatus(Words words, string value, string? suggestion) =>
        words.Say(MessageId.UnknownStatus, ("value", Quote.Cut(value)))
        + (suggestion is null ? string.Empty : words.Say(MessageId.WriteSuggestion, ("suggestion", suggestion)));

    private static string Line(Words words, int line) => words.Number(line + 1);
}
