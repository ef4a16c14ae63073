using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// <c>textDocument/codeAction</c>: a quickfix per fix of each diagnostic touching the range, an
/// "ignore this rule on this line" quickfix per suppressible diagnostic, and <c>source.fixAll.cmplan</c>.
/// </summary>
public static class CodeActions
{
    public const string QuickFix = "quickfix";
    public const string FixAll = "source.fixAll.cmplan";

    public static ImmutableArray<CodeAction> For(
        OpenDocument document,
        RangeDto range,
        ImmutableArray<string>? only,
        PositionEncoding encoding,
        AnalysisOptions options)
    {
        var source = document.Source;
        var span = Positions.ToSpan(source, range, encoding);
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        // Fixes are checked from the document's analysis, edited incrementally (contract §5): only those that remove problems are offered.
        var session = document.Session is { } kept && kept.Options == options && ReferenceEquals(kept.Source, source) ? kept : new AnalysisSession(source, options);
        if (Wants(only, QuickFix))
        {
            var verifier = new FixVerifier(session);
            foreach (var diagnostic in session.Result.Diagnostics.Where(d => d.Span.IntersectsOrTouches(span)))
            {
                var lsp = DiagnosticConverter.ToLsp(diagnostic, source, document.Uri, encoding);
                foreach (var fix in diagnostic.Fixes.Where(f => verifier.Qualifies(diagnostic, f)))
                {
                    actions.Add(new CodeAction(fix.Title, QuickFix, [lsp], fix.IsPreferred, Edit(document, fix.Edits, encoding)));
                }

                if (Ignore(source, diagnostic) is { } ignore)
                {
                    actions.Add(new CodeAction($"Ignore {diagnostic.Rule} on this line", QuickFix, [lsp], null, Edit(document, [ignore], encoding)));
                }
            }
        }

        if (Wants(only, FixAll))
        {
            var outcome = PlanFixer.Fix(session, new FixOptions());
            if (outcome.Changed)
            {
                var all = new TextEdit(new TextSpan(0, source.Length), outcome.Text);
                actions.Add(new CodeAction("Fix all cmplan problems", FixAll, null, null, Edit(document, [all], encoding)));
            }
        }

        return actions.ToImmutable();
    }

    /// <summary>Whether a kind is wanted: no filter, or a requested kind equal to it or a parent of it.</summary>
    private static bool Wants(ImmutableArray<string>? only, string kind) =>
        only is not { IsDefault: false } kinds || kinds.IsEmpty
        || kinds.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));

    /// <summary>
    /// A trailing <c># cmplan-ignore rule</c> on the diagnostic's first line; when that line already
    /// has a comment, a standalone one above it, indented alike. None for rules that cannot be silenced.
    /// </summary>
    private static TextEdit? Ignore(SourceText source, Diagnostic diagnostic)
    {
        var rule = RuleCatalog.Find(diagnostic.Rule);
        if (rule is null || rule.IsStructural || rule.Id == RuleIds.UnusedSuppression)
        {
            return null;
        }

        var line = source.Lines[source.FindLine(diagnostic.Span.Start)];
        var text = source[line.Span];
        if (!text.Contains('#', StringComparison.Ordinal))
        {
            var trimmed = text.TrimEnd();
            return new TextEdit(new TextSpan(line.Start + trimmed.Length, text.Length - trimmed.Length), $" # cmplan-ignore {rule.Id}");
        }

        var indent = text[..(text.Length - text.TrimStart().Length)];
        return new TextEdit(new TextSpan(line.Start, 0), $"{indent}# cmplan-ignore {rule.Id}{source.LineEnding}");
    }

    private static WorkspaceEdit Edit(OpenDocument document, IEnumerable<TextEdit> edits, PositionEncoding encoding) =>
        new(new Dictionary<string, ImmutableArray<TextEditDto>>
        {
            [document.Uri] = [.. edits.Select(e => new TextEditDto(Positions.ToRange(document.Source, e.Span, encoding), e.NewText))],
        });
}
