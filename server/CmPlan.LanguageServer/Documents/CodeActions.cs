using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// <c>textDocument/codeAction</c>: a quickfix per fix of each diagnostic touching the range, an
/// "ignore this rule on this line" quickfix per suppressible diagnostic, and <c>source.fixAll.cmplan</c>
/// (resolved lazily through <c>codeAction/resolve</c>).
/// </summary>
public static class CodeActions
{
    public const string QuickFix = "quickfix";
    public const string FixAll = "source.fixAll.cmplan";

    /// <summary>
    /// The actions for a range, from the current analysis alone. "Fix all" runs the fixer (fresh
    /// analyses, pass after pass): it is offered without its edit when the client resolves actions,
    /// and computed here only for a client that cannot and asked for it by kind.
    /// </summary>
    public static ImmutableArray<CodeAction> For(
        OpenDocument document,
        RangeDto range,
        ImmutableArray<string>? only,
        PositionEncoding encoding,
        bool resolvable,
        AnalysisOptions options)
    {
        var source = document.Source;
        var span = Positions.ToSpan(source, range, encoding);
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        if (Wants(only, QuickFix))
        {
            // Only fixes that remove problems are offered (contract §5), each checked once per version
            // by an incremental analysis of a copy of the document's session.
            FixVerifier? verifier = null;
            bool Qualifies(Diagnostic diagnostic, CodeFix fix) => document.CheckedFixes.GetOrAdd(fix, _ =>
                (verifier ??= new FixVerifier(document.SessionFor(options)))
                    .Qualifies(diagnostic, fix));

            foreach (var diagnostic in document.Analysis.Diagnostics.Where(d => d.Span.IntersectsOrTouches(span)))
            {
                var lsp = DiagnosticConverter.ToLsp(diagnostic, source, document.Uri, encoding, document.Analysis.Language);
                foreach (var fix in diagnostic.Fixes.Where(f => Qualifies(diagnostic, f)))
                {
                    actions.Add(new CodeAction(fix.Title, QuickFix, [lsp], fix.IsPreferred, Edit(document, fix.Edits, encoding)));
                }

                if (Ignore(document.Analysis.Syntax, diagnostic) is { } ignore)
                {
                    actions.Add(new CodeAction(document.Analysis.Words.Say(MessageId.IgnoreOnThisLine, ("rule", diagnostic.Rule)), QuickFix, [lsp], null, Edit(document, [ignore], encoding)));
                }
            }
        }

        if (Wants(only, FixAll) && document.Analysis.Diagnostics.Any(d => d.Fixes.Any(f => f.IsPreferred)))
        {
            if (resolvable)
            {
                actions.Add(new CodeAction(FixAllTitle(document), FixAll, null, null, null, new CodeActionData(document.Uri, document.Version)));
            }
            else if (only is { IsDefaultOrEmpty: false } && FixAllEdit(document, encoding, options, CancellationToken.None) is { } edit)
            {
                actions.Add(new CodeAction(FixAllTitle(document), FixAll, null, null, edit));
            }
        }

        return actions.ToImmutable();
    }

    /// <summary>
    /// <c>codeAction/resolve</c> of "fix all" for <paramref name="document"/>, as offered for its
    /// version: the work to run, off the message loop, checking <c>cancellation</c> between passes' steps.
    /// </summary>
    public static Func<CancellationToken, CodeAction> Resolve(CodeActionResolveParams action, OpenDocument document, PositionEncoding encoding, AnalysisOptions options)
    {
        if (action.Kind != FixAll || action.Data is not { } data)
        {
            throw new RpcError(ErrorCodes.InvalidParams, $"Nothing to resolve in the code action '{action.Title}'.");
        }

        if (data.Version != document.Version)
        {
            throw new RpcError(ErrorCodes.ContentModified, "The document changed since the code action was offered.");
        }

        return cancellation =>
        {
            var edit = FixAllEdit(document, encoding, options, cancellation) ?? Edit(document, [], encoding);
            return new CodeAction(action.Title, FixAll, null, null, edit, data);
        };
    }

    private static string FixAllTitle(OpenDocument document) => document.Analysis.Words.Say(MessageId.FixAllTitle);

    /// <summary>What <c>cmplan fix</c> would do, as one whole-document edit; null when it changes nothing.</summary>
    private static WorkspaceEdit? FixAllEdit(OpenDocument document, PositionEncoding encoding, AnalysisOptions options, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var source = document.Source;
        var outcome = PlanFixer.Fix(source, options, new FixOptions());
        cancellation.ThrowIfCancellationRequested();
        return outcome.Changed ? Edit(document, [new TextEdit(new TextSpan(0, source.Length), outcome.Text)], encoding) : null;
    }

    /// <summary>Whether a kind is wanted: no filter, or a requested kind equal to it or a parent of it.</summary>
    private static bool Wants(ImmutableArray<string>? only, string kind) =>
        only is not { IsDefault: false } kinds || kinds.IsEmpty
        || kinds.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));

    /// <summary>
    /// A trailing <c># cmplan-ignore rule</c> on the diagnostic's first line; when that line already
    /// has a comment, a standalone one above it, indented alike. None for rules that cannot be silenced.
    /// </summary>
    private static TextEdit? Ignore(DocumentSyntax syntax, Diagnostic diagnostic)
    {
        var rule = RuleCatalog.Find(diagnostic.Rule);
        if (rule is null || rule.IsStructural || rule.Id == RuleIds.UnusedSuppression)
        {
            return null;
        }

        var source = syntax.Source;
        var line = source.Lines[SuppressionLine(syntax, source.FindLine(diagnostic.Span.Start))];
        var text = source[line.Span];
        if (!text.Contains('#', StringComparison.Ordinal))
        {
            var trimmed = text.TrimEnd();
            return new TextEdit(new TextSpan(line.Start + trimmed.Length, text.Length - trimmed.Length), $" # cmplan-ignore {rule.Id}");
        }

        var indent = text[..(text.Length - text.TrimStart().Length)];
        return new TextEdit(new TextSpan(line.Start, 0), $"{indent}# cmplan-ignore {rule.Id}{source.LineEnding}");
    }

    /// <summary>
    /// The line a suppression for <paramref name="line"/> goes on: inside a text block, the line that
    /// opens the text (a comment there covers the block, contract §5; one written inside would be text).
    /// </summary>
    private static int SuppressionLine(DocumentSyntax syntax, int line)
    {
        var block = syntax.Blocks.FirstOrDefault(b => b.FirstLine <= line && line <= b.LastLine);
        var text = block?.Properties.FirstOrDefault(p => p.TextBlock is not null && p.FirstLine < line && line <= p.LastLine);
        return text?.FirstLine ?? line;
    }

    private static WorkspaceEdit Edit(OpenDocument document, IEnumerable<TextEdit> edits, PositionEncoding encoding) =>
        new(new Dictionary<string, ImmutableArray<TextEditDto>>
        {
            [document.Uri] = [.. edits.Select(e => new TextEditDto(Positions.ToRange(document.Source, e.Span, encoding), e.NewText))],
        });
}
