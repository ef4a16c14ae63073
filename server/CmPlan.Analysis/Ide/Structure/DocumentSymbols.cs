using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// The outline of a plan: one symbol per block in file order, named by its id (a plan by its
/// quoted name, a policy by its keyword), detailed by its keyword, with its properties as children.
/// </summary>
public static class DocumentSymbols
{
    public static ImmutableArray<DocumentSymbol> Of(AnalysisResult result) =>
        [.. result.Syntax.Blocks.Select(Block)];

    private static DocumentSymbol Block(BlockSyntax block)
    {
        var keyword = block.Keyword.Text;
        var name = block.Argument is { } argument ? Unquote(argument.Text) : keyword;
        var children = block.Properties
            .Select(p => new DocumentSymbol(p.Key.Text, Detail(p), SymbolKind.Property, p.Span, p.Key.Span, []))
            .ToImmutableArray();
        return new DocumentSymbol(name, keyword, Kind(block.Kind), block.Span, block.NameOrKeywordSpan, children);
    }

    private static string? Detail(PropertySyntax property) =>
        property.Value?.Text ?? (property.TextBlock is { } text ? text.Lines.FirstOrDefault(l => l.Content.Length > 0)?.Content : null);

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;

    private static SymbolKind Kind(BlockKind kind) => kind switch
    {
        BlockKind.Plan => SymbolKind.Plan,
        BlockKind.Policy => SymbolKind.Policy,
        BlockKind.Channel => SymbolKind.Channel,
        BlockKind.Queue => SymbolKind.Queue,
        _ => SymbolKind.Post,
    };
}
