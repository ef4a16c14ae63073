using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Binding;

/// <summary>The quick fix of a structural diagnostic: the replacement its message shows (contract §5 "Say what to write").</summary>
public static class StructuralFixes
{
    /// <summary>The "Did you mean" of a message, as a fix writing <paramref name="suggestion"/> over <paramref name="span"/>.</summary>
    public static Replacement? Suggest(TextSpan span, string? suggestion, bool isSafe = true) =>
        suggestion is null ? null : Replacement.Write(span, suggestion, isSafe);

    /// <summary>The configurable rule closest to a misspelt id (a structural one can be neither set nor silenced).</summary>
    public static string? ClosestRule(string id) =>
        Suggestions.Closest(id, RuleCatalog.All.Where(r => !r.IsStructural).Select(r => r.Id), 3);

    /// <summary>The fix, titled in the analysis' language (the grammar titles its replacements in English).</summary>
    public static ImmutableArray<CodeFix> Of(Replacement? replacement, Words words) =>
        replacement is null ? [] : [new CodeFix(Title(replacement, words), true, replacement.IsSafe, [new TextEdit(replacement.Span, replacement.NewText)])];

    private static string Title(Replacement replacement, Words words) =>
        words.Language == Language.English ? replacement.Title
        : TabRepair.IsTabFix(replacement) ? words.Say(MessageId.IndentWithSpaces)
        : words.Say(MessageId.WriteText, ("text", Quote.Cut(replacement.NewText)));
}
