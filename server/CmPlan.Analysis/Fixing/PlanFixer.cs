using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// Applies each diagnostic's preferred fix (safe ones, or unsafe too when asked) pass after pass
/// until none applies, at most <see cref="FixOptions.MaxPasses"/> times, and never back to a text it
/// already produced. Fixes whose edits overlap
/// an earlier one wait for the next pass. A pass that would add a syntax error is not kept.
/// </summary>
public static class PlanFixer
{
    public static FixOutcome Fix(SourceText source, AnalysisOptions analysis, FixOptions options)
    {
        var text = source.Text;
        var applied = ImmutableArray.CreateBuilder<string>();
        var result = PlanAnalyzer.Analyze(source, analysis);
        var seen = new HashSet<string>(StringComparer.Ordinal) { text };
        for (var pass = 0; pass < options.MaxPasses; pass++)
        {
            var chosen = result.Diagnostics
                .Select(d => (d.Rule, Fix: Preferred(d, options)))
                .Where(c => c.Fix is not null)
                .ToList();
            if (chosen.Count == 0)
            {
                break;
            }

            var next = ApplyPass(text, chosen!, out var appliedRules);
            var nextResult = PlanAnalyzer.Analyze(SourceText.From(next), analysis);
            // Fixes that undo each other would cycle: stop before coming back to a text already seen.
            if (!seen.Add(next) || SyntaxErrors(nextResult) > SyntaxErrors(result))
            {
                break;
            }

            applied.AddRange(appliedRules);
            text = next;
            result = nextResult;
        }

        return new FixOutcome(text, applied.ToImmutable(), result.Diagnostics);
    }

    private static CodeFix? Preferred(Diagnostic diagnostic, FixOptions options)
    {
        var fix = diagnostic.Fixes.FirstOrDefault(f => f.IsPreferred);
        return fix is not null && (fix.IsSafe || options.IncludeUnsafe) ? fix : null;
    }

    /// <summary>Applies whole fixes in document order, leaving out any fix with an edit that overlaps one already taken.</summary>
    private static string ApplyPass(string text, List<(string Rule, CodeFix Fix)> chosen, out List<string> appliedRules)
    {
        var taken = new List<TextEdit>();
        appliedRules = [];
        foreach (var (rule, fix) in chosen.OrderBy(c => c.Fix.Edits.Min(e => e.Span.Start)))
        {
            if (fix.Edits.Any(e => taken.Any(t => Overlaps(t.Span, e.Span))))
            {
                continue;
            }

            taken.AddRange(fix.Edits);
            appliedRules.Add(rule);
        }

        return EditApplier.Apply(text, taken);
    }

    /// <summary>Two edits conflict when their spans overlap, or when both insert at the same place.</summary>
    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.Start < b.End && b.Start < a.End || a.Start == b.Start;

    private static int SyntaxErrors(AnalysisResult result) => result.Diagnostics.Count(d => d.Rule == RuleIds.Syntax);
}
