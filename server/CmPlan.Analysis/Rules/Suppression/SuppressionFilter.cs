using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules.Suppression;

/// <summary>
/// Drops the diagnostics that suppressions cover (never structural ones, never
/// <c>unused-suppression</c>) and reports each suppression that silenced nothing.
/// </summary>
public static class SuppressionFilter
{
    public static ImmutableArray<Diagnostic> Apply(
        DocumentSyntax syntax,
        Settings settings,
        ImmutableArray<Suppression> suppressions,
        IEnumerable<Diagnostic> diagnostics,
        Words words)
    {
        var used = new bool[suppressions.Length];
        var kept = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var line = syntax.Source.GetLinePosition(diagnostic.Span.Start).Line;
            var silenced = false;
            if (IsSuppressible(diagnostic.Rule))
            {
                for (var i = 0; i < suppressions.Length; i++)
                {
                    if (suppressions[i].Covers(diagnostic.Rule, line))
                    {
                        used[i] = true;
                        silenced = true;
                    }
                }
            }

            if (!silenced)
            {
                kept.Add(diagnostic);
            }
        }

        if (settings.SeverityOf(RuleCatalog.Get(RuleIds.UnusedSuppression)) is { } severity)
        {
            for (var i = 0; i < suppressions.Length; i++)
            {
                if (!used[i])
                {
                    kept.Add(Unused(syntax.Source, suppressions[i].Comment, severity, words));
                }
            }
        }

        return kept.ToImmutable();
    }

    private static bool IsSuppressible(string rule) =>
        rule != RuleIds.UnusedSuppression && RuleCatalog.Find(rule) is { IsStructural: false };

    private static Diagnostic Unused(SourceText source, CommentSyntax comment, Severity severity, Words words)
    {
        var line = source.Lines[comment.Line];
        var lineText = source.GetLineText(comment.Line);
        TextSpan deletion;
        if (comment.IsTrailing)
        {
            // Remove the blanks before the comment too, so the code line ends cleanly.
            var start = comment.Span.Start - line.Start;
            while (start > 0 && lineText[start - 1] is ' ' or '\t')
            {
                start--;
            }

            deletion = TextSpan.FromBounds(line.Start + start, line.End);
        }
        else
        {
            deletion = TextSpan.FromBounds(line.Start, line.EndIncludingTerminator);
        }

        var fix = new CodeFix(words.Say(MessageId.DeleteUnusedSuppression), true, true, [new TextEdit(deletion, string.Empty)]);
        return new Diagnostic(RuleIds.UnusedSuppression, severity, comment.Span,
            words.Say(MessageId.UnusedSuppression), [], [fix]);
    }
}
