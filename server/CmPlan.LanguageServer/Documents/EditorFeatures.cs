using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Ide.Completion;
using CmPlan.Analysis.Ide.Hover;
using CmPlan.Analysis.Ide.InlayHints;
using CmPlan.Analysis.Ide.Structure;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The IDE functions of <c>CmPlan.Analysis.Ide</c> as LSP answers: hover, inlay hints, document
/// symbols, folding ranges and completion. Positions are converted with the negotiated encoding.
/// </summary>
public static class EditorFeatures
{
    public static HoverDto? Hover(OpenDocument document, Position position, PositionEncoding encoding)
    {
        var offset = Positions.ToOffset(document.Source, position, encoding);
        var uri = Uri.TryCreate(document.Uri, UriKind.Absolute, out var parsed) ? parsed : null;
        return HoverService.Hover(document.Analysis, offset, uri) is { } hover
            ? new HoverDto(new MarkupContent("markdown", hover.Markdown), Positions.ToRange(document.Source, hover.Range, encoding))
            : null;
    }

    public static ImmutableArray<InlayHintDto> InlayHints(OpenDocument document, RangeDto range, PositionEncoding encoding)
    {
        var visible = Positions.ToSpan(document.Source, range, encoding);
        return [.. InlayHintService.Hints(document.Analysis, visible)
            .Select(h => new InlayHintDto(Positions.ToPosition(document.Source, h.Offset, encoding), h.Label, PaddingLeft: true))];
    }

    public static ImmutableArray<DocumentSymbolDto> Symbols(OpenDocument document, PositionEncoding encoding) =>
        [.. DocumentSymbols.Of(document.Analysis).Select(s => Symbol(s, document.Source, encoding))];

    /// <summary>The folding ranges as objects: what <see cref="FoldingJson"/> writes, built the slow way (tests compare the two).</summary>
    public static ImmutableArray<FoldingRangeDto> Folding(OpenDocument document) =>
        [.. FoldingRanges.Of(document.Analysis).Select(f => new FoldingRangeDto(f.StartLine, f.EndLine, Kind(f.Kind)))];

    /// <summary>LSP FoldingRangeKind.</summary>
    internal static string Kind(FoldingKind kind) => kind == FoldingKind.Comment ? "comment" : "region";

    public static ImmutableArray<CompletionItemDto> Completion(OpenDocument document, Position position, PositionEncoding encoding, IMediaFiles? media = null)
    {
        var offset = Positions.ToOffset(document.Source, position, encoding);
        return [.. PlanCompletion.Complete(document.Analysis, offset, media)
            .Select(c => new CompletionItemDto(
                c.Label,
                Kind(c.Kind),
                c.Detail,
                new TextEditDto(Positions.ToRange(document.Source, c.ReplaceSpan, encoding), c.InsertText)))];
    }

    internal static DocumentSymbolDto Symbol(DocumentSymbol symbol, SourceText source, PositionEncoding encoding) =>
        new(
            symbol.Name,
            symbol.Detail,
            Kind(symbol.Kind),
            Positions.ToRange(source, symbol.Span, encoding),
            Positions.ToRange(source, symbol.SelectionSpan, encoding),
            symbol.Children.IsEmpty ? null : [.. symbol.Children.Select(c => Symbol(c, source, encoding))]);

    /// <summary>LSP SymbolKind: Module, Namespace, Interface, Array, Event, Property.</summary>
    internal static int Kind(SymbolKind kind) => kind switch
    {
        SymbolKind.Plan => 2,
        SymbolKind.Policy => 3,
        SymbolKind.Channel => 11,
        SymbolKind.Queue => 18,
        SymbolKind.Post => 24,
        _ => 7,
    };

    /// <summary>LSP CompletionItemKind: Keyword, Property, Interface, Module, Value, Constant, EnumMember, Unit.</summary>
    private static int Kind(CompletionKind kind) => kind switch
    {
        CompletionKind.Keyword => 14,
        CompletionKind.Property => 10,
        CompletionKind.Channel => 8,
        CompletionKind.Queue => 9,
        CompletionKind.TimeZone => 21,
        CompletionKind.Rule => 20,
        CompletionKind.Time => 11,
        _ => 12,
    };
}
