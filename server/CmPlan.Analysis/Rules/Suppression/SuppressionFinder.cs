using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Suppression;

/// <summary>
/// Finds the suppression comments of a document (contract §5 "Suppression"): a trailing one covers
/// its line, a standalone one the next non-blank, non-comment line; either covers the whole block
/// when that line is a header. Rule ids naming no rule are <c>unknown-rule</c>.
/// </summary>
public static class SuppressionFinder
{
    private const string Marker = "cmplan-ignore";

    public static ImmutableArray<Suppression> Find(DocumentSyntax syntax, List<Diagnostic> diagnostics)
    {
        var standaloneLines = syntax.Comments.Where(c => !c.IsTrailing).Select(c => c.Line).ToHashSet();
        // Built on the first suppression comment only: most plans have none, and a keystroke runs this.
        Dictionary<int, BlockSyntax>? headers = null;
        var found = ImmutableArray.CreateBuilder<Suppression>();
        foreach (var comment in syntax.Comments)
        {
            if (Parse(comment, diagnostics) is not { } rules)
            {
                continue;
            }

            var target = comment.IsTrailing ? comment.Line : NextCodeLine(syntax.Source, comment.Line, standaloneLines);
            if (target < 0)
            {
                found.Add(new Suppression(comment, rules, -1, -1));
            }
            else if ((headers ??= syntax.Blocks.ToDictionary(b => b.HeaderLine)).TryGetValue(target, out var block))
            {
                found.Add(new Suppression(comment, rules, block.FirstLine, block.LastLine));
            }
            else
            {
                found.Add(new Suppression(comment, rules, target, target));
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The rule ids of a suppression comment, or null when the comment is not one.</summary>
    private static ImmutableArray<Located<string>>? Parse(CommentSyntax comment, List<Diagnostic> diagnostics)
    {
        var text = comment.Text;
        var start = 1;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var afterMarker = start + Marker.Length;
        if (string.CompareOrdinal(text, start, Marker, 0, Marker.Length) != 0
            || (afterMarker < text.Length && text[afterMarker] is not (' ' or '\t' or ',')))
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

            if (i > begin)
            {
                var id = new Located<string>(text[begin..i], comment.Span.Sub(begin, i - begin));
                if (RuleCatalog.Find(id.Value) is null)
                {
                    var suggestion = Binding.StructuralFixes.ClosestRule(id.Value);
                    diagnostics.Add(new Diagnostic(RuleIds.UnknownRule, Severity.Error, id.Span, Binding.StructureMessages.UnknownRule(id.Value, suggestion), [],
                        Binding.StructuralFixes.Of(Binding.StructuralFixes.Suggest(id.Span, suggestion))));
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
