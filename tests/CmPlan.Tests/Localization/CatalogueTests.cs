using CmPlan.Analysis.Localization;

namespace CmPlan.Tests.Localization;

/// <summary>The catalogue is complete: every key in both languages, with the same named arguments, typeset.</summary>
public class CatalogueTests
{
    public static TheoryData<MessageId> Keys() => [.. Enum.GetValues<MessageId>()];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_has_an_English_and_a_French_template(MessageId id)
    {
        Assert.False(string.IsNullOrWhiteSpace(Messages.Template(Language.English, id)), $"{id} has no English template");
        Assert.False(string.IsNullOrWhiteSpace(Messages.Template(Language.French, id)), $"{id} has no French template");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Both_templates_take_the_same_named_arguments(MessageId id)
    {
        var english = Messages.Arguments(Messages.Template(Language.English, id) ?? string.Empty).Order(StringComparer.Ordinal);
        var french = Messages.Arguments(Messages.Template(Language.French, id) ?? string.Empty).Order(StringComparer.Ordinal);
        Assert.Equal(english, french);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void French_templates_are_typeset(MessageId id)
    {
        var french = Messages.Template(Language.French, id) ?? string.Empty;
        foreach (var mark in new[] { " :", " ;", " !", " ?", " »", "« " })
        {
            Assert.DoesNotContain(mark, french, StringComparison.Ordinal);
        }

        // "republication" in prose; argument names are not prose.
        var prose = System.Text.RegularExpressions.Regex.Replace(french, "\\{[^}]*\\}", string.Empty);
        Assert.DoesNotContain("repost", prose, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_key_is_found()
    {
        Assert.Null(Messages.Template(Language.French, (MessageId)int.MaxValue));
        Assert.Null(Messages.Template(Language.English, (MessageId)int.MaxValue));
    }

    [Fact]
    public void Arguments_are_read_once_each_in_order()
    {
        Assert.Equal<string>(["key", "line"], [.. Messages.Arguments("'{key}' is already set on line {line}: one '{key}'.")]);
        Assert.Empty(Messages.Arguments("No arguments."));
    }

    [Fact]
    public void A_message_is_filled_by_name_in_either_language()
    {
        Assert.Equal(
            "'lien' is already set on line 4: a block has at most one 'lien'.",
            Messages.Format(Language.English, MessageId.DuplicateProperty, ("line", "4"), ("key", "lien")));
        Assert.Equal(
            "«\u202Flien\u202F» est déjà défini ligne 4\u202F: un bloc n'a qu'un seul «\u202Flien\u202F».",
            Messages.Format(Language.French, MessageId.DuplicateProperty, ("key", "lien"), ("line", "4")));
    }

    [Fact]
    public void A_stray_argument_is_ignored_and_a_missing_one_stays_visible()
    {
        Assert.Equal(
            "No rule is called 'x'.",
            Messages.Format(Language.English, MessageId.UnknownRule, ("id", "x"), ("other", "y")));
        Assert.Equal("No rule is called '{id}'.", Messages.Format(Language.English, MessageId.UnknownRule));
    }

    [Fact]
    public void Arguments_are_never_typeset()
    {
        // A plan's own text keeps its spaces and punctuation as written.
        Assert.Equal(
            "Aucune règle ne s'appelle «\u202FSoldes : -20 % !\u202F».",
            Messages.Format(Language.French, MessageId.UnknownRule, ("id", "Soldes : -20 % !")));
    }

    [Fact]
    public void Counted_nouns_follow_each_language()
    {
        Assert.Equal("No problems in 1 file", Words.English.Say(MessageId.NoProblems, ("files", Words.English.Count(1, Noun.File))));
        Assert.Equal("Aucun problème dans 0 fichier", Words.French.Say(MessageId.NoProblems, ("files", Words.French.Count(0, Noun.File))));
        Assert.Equal("2 corrections appliquées", Words.French.Count(2, Noun.FixApplied));
        Assert.Equal("0 files", Words.English.Count(0, Noun.File));
    }
}
