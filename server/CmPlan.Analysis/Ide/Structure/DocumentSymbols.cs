using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// The outline of a plan: one symbol per block in file order, named by its id (a plan by its
/// quoted name, a policy by its keyword), detailed by its keyword and, for a post, when it first
/// really goes out. The plan's and the policy's settings are their children; a channel's, queue's
/// or post's properties are not: the outline is for finding a block among thousands, and listing
/// every property made it six times larger and its own cost the round's largest (docs/performance.md).
/// A block's properties are not read (after an edit, reading a moved block's body copies it).
/// </summary>
public static class DocumentSymbols
{
    public static ImmutableArray<DocumentSymbol> Of(AnalysisResult result)
    {
        var firsts = FirstPublications(result.Schedule);
        return [.. result.Syntax.Blocks.Select(b => Block(b, firsts))];
    }

    private static DocumentSymbol Block(BlockSyntax block, Dictionary<string, Publication> firsts)
    {
        var keyword = block.Keyword.Text;
        var name = block.Argument is { } argument ? Unquote(argument.Text) : keyword;
        var settings = block.Kind is BlockKind.Plan or BlockKind.Policy;
        var children = settings
            ? [.. block.Properties.Select(p => new DocumentSymbol(p.Key.Text, p.Value?.Text, SymbolKind.Property, p.Span, p.Key.Span, []))]
            : ImmutableArray<DocumentSymbol>.Empty;
        var detail = block.Kind == BlockKind.Post && firsts.GetValueOrDefault(name) is { } first
            ? $"{keyword} · {first.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"
            : keyword;
        return new DocumentSymbol(name, detail, Kind(block.Kind), block.Span, block.NameOrKeywordSpan, children);
    }

    /// <summary>Each post's first publication, in one pass over the schedule (it is in time order).</summary>
    private static Dictionary<string, Publication> FirstPublications(PlanSchedule schedule)
    {
        var firsts = new Dictionary<string, Publication>(StringComparer.Ordinal);
        foreach (var publication in schedule.Publications)
        {
            firsts.TryAdd(publication.Post, publication);
        }

        return firsts;
    }

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
