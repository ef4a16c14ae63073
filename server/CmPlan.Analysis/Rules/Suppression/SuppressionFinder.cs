using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Suppression;

/// <summary>
/// Finds the suppression comments of a document (contract §5 "Suppression"): a trailing one covers
/// its line, a standalone one the next non-blank, non-comment line; either covers the whole block
/// when that line is a header, and the whole text when it opens a text block. Rule ids (until a
/// <c> -- </c> that starts a free reason) naming no rule are <c>unknown-rule</c>.
/// </summary>
public static class SuppressionFinder
{
    private const string Marker = "cmplan-ignore";

    /// <summary>What separates the rule ids from a free reason: <c># cmplan-ignore dated-content -- année de création</c>.</summary>
    private const string ReasonSeparator = "--";

    /// <summary>Whether <paramref name="text"/> starts like a suppression comment: <c>#</c>, optional blanks, <c>cmplan-ignore</c> (then its end or a separator).</summary>
    public static bool IsSuppression(ReadOnlySpan<char> text) => MarkerEnd(text) >= 0;

    /// <summary>Where the marker of a suppression comment ends in <paramref name="text"/>, or -1 when it is not one.</summary>
    private static int MarkerEnd(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '#')
        {
            return -1;
        }

        var start = 1;
        while (start < text.Length && text[start] is ' ' or '\t')
        {
            start++;
        }

        var end = start + Marker.Length;
        return text[start..].StartsWith(Marker, StringComparison.Ordinal) && (end == text.Length || text[end] is ' ' or '\t' or ',')
            ? end
            : -1;
    }

    public static ImmutableArray<Suppression> Find(DocumentSyntax syntax, List<Diagnostic> diagnostics, Words words)
    {
        var standaloneLines = syntax.Comments.Where(c => !c.IsTrailing).Select(c => c.Line).ToHashSet();
        // Built on the first suppression comment only: most plans have none, and a keystroke runs this.
        Dictionary<int, (int First, int Last)>? extents = null;
        var found = ImmutableArray.CreateBuilder<Suppression>();
        foreach (var comment in syntax.Comments)
        {
            if (Parse(comment, diagnostics, words) is not { } rules)
            {
                continue;
            }

            var target = comment.IsTrailing ? comment.Line : NextCodeLine(syntax.Source, comment.Line, standaloneLines);
            if (target < 0)
            {
                found.Add(new Suppression(comment, rules, -1, -1));
            }
            else if ((extents ??= Extents(syntax)).TryGetValue(target, out var extent))
            {
                found.Add(new Suppression(comment, rules, extent.First, extent.Last));
            }
            else
            {
                found.Add(new Suppression(comment, rules, target, target));
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The lines a suppression on a line covers, for the lines that cover more than themselves: a block's header (the block), a text block's <c>text</c> line (the text).</summary>
    private static Dictionary<int, (int First, int Last)> Extents(DocumentSyntax syntax)
    {
        var extents = new Dictionary<int, (int, int)>();
        foreach (var block in syntax.Blocks)
        {
            extents[block.HeaderLine] = (block.FirstLine, block.LastLine);
            foreach (var property in block.Properties.Where(p => p.TextBlock is not null))
            {
                extents[property.FirstLine] = (property.FirstLine, property.LastLine);
            }
        }

        return extents;
    }

    /// <summary>The rule ids a suppression comment names (none: every rule), or null when the comment is not one: for the editor.</summary>
    public static ImmutableArray<Located<string>>? NamedRules(CommentSyntax comment) => Parse(comment, [], Words.English);

    /// <summary>The rule ids of a suppression comment, or null when the comment is not one.</summary>
    private static ImmutableArray<Located<string>>? Parse(CommentSyntax comment, List<Diagnostic> diagnostics, Words words)
    {
        var text = comment.Text;
        var afterMarker = MarkerEnd(text);
        if (afterMarker < 0)
        {
            return null;
        }

        var rules = ImmutableArray.CreateBuilder<Located<string>>();
        var i = afterMarker;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or ',')
            {
                i++;
            }

            var begin = i;
            while (i < text.Length && text[i] is not (' ' or '\t' or ','))
            {
                i++;
            }

            if (i - begin == ReasonSeparator.Length && string.CompareOrdinal(text, begin, ReasonSeparator, 0, ReasonSeparator.Length) == 0)
            {
                break; // the rest is the reason, free text
            }

            if (i > begin)
            {
                var id = new Located<string>(text[begin..i], comment.Span.Sub(begin, i - begin));
                if (RuleCatalog.Find(id.Value) is null)
                {
                    var suggestion = Binding.StructuralFixes.ClosestRule(id.Value);
                    diagnostics.Add(new Diagnostic(RuleIds.UnknownRule, Severity.Error, id.Span, Binding.StructureMessages.UnknownRule(words, id.Value, suggestion), [],
                        Binding.StructuralFixes.Of(Binding.StructuralFixes.Suggest(id.Span, suggestion), words)));
                }

                rules.Add(id);
            }
        }

        return rules.ToImmutable();
    }

    private static int NextCodeLine(SourceText source, int line, HashSet<int> commentLines)
    {
        for (var next = line + 1; next < source.Lines.Length; next++)
        {
            if (!commentLines.Contains(next) && !string.IsNullOrWhiteSpace(source.GetLineText(next)))
            {
                return next;
            }
        }

        return -1;
    }
}
