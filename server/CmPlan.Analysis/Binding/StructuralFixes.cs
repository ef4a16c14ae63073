using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
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

    public static ImmutableArray<CodeFix> Of(Replacement? replacement) =>
        replacement is null ? [] : [new CodeFix(replacement.Title, true, replacement.IsSafe, [new TextEdit(replacement.Span, replacement.NewText)])];
}
