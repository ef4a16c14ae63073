using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>Our diagnostics as LSP diagnostics: code = rule id, href = the rule's doc, source "cmplan".</summary>
public static class DiagnosticConverter
{
    public const string Source = "cmplan";

    private const int UnnecessaryTag = 1;

    /// <summary>
    /// Errors first, then warnings, infos and hints, each group in position order (contract §5): an
    /// editor that shows only the first problems of a file (VS Code: 500) never hides an error for an info.
    /// </summary>
    public static PublishDiagnosticsParams Publish(OpenDocument document, PositionEncoding encoding) =>
        new(document.Uri, document.Version, Items(document, encoding));

    /// <summary>A document's diagnostics in the order <see cref="Publish"/> sends them (pull reports too).</summary>
    public static ImmutableArray<DiagnosticDto> Items(OpenDocument document, PositionEncoding encoding) =>
        [.. document.Analysis.Diagnostics
            .OrderBy(d => ToLsp(d.Severity))
            .Select(d => ToLsp(d, document.Source, document.Uri, encoding, document.Analysis.Language))];

    /// <summary>The diagnostic as LSP sends it; its rule's documentation link is in the analysis' <paramref name="language"/>.</summary>
    public static DiagnosticDto ToLsp(Diagnostic diagnostic, SourceText source, string uri, PositionEncoding encoding, Language language = Language.English)
    {
        var help = RuleCatalog.Find(diagnostic.Rule)?.HelpUriIn(language);
        ImmutableArray<DiagnosticRelatedInformation>? related = diagnostic.Related.IsDefaultOrEmpty
            ? null
            : [.. diagnostic.Related.Select(r => new DiagnosticRelatedInformation(new Location(uri, Positions.ToRange(source, r.Span, encoding)), r.Message))];
        ImmutableArray<int>? tags = diagnostic.Rule == RuleIds.UnusedSuppression ? [UnnecessaryTag] : null;
        return new DiagnosticDto(
            Positions.ToRange(source, diagnostic.Span, encoding),
            ToLsp(diagnostic.Severity),
            diagnostic.Rule,
            help is null ? null : new CodeDescription(help.AbsoluteUri),
            Source,
            diagnostic.Message,
            related,
            tags);
    }

    public static int ToLsp(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        Severity.Info => 3,
        _ => 4,
    };
}
