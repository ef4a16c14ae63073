using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<PlanSchedule, Dictionary<string, Publication>> Firsts = new();

    public static ImmutableArray<DocumentSymbol> Of(AnalysisResult result)
    {
        var firsts = FirstPublications(result.Schedule);
        return [.. result.Syntax.Blocks.Select(b => OfBlock(b, firsts))];
    }

    /// <summary>A block's name in the outline: its id, a plan's name unquoted, or its keyword.</summary>
    public static string Name(BlockSyntax block) => block.Argument is { } argument ? Unquote(argument.Text) : block.Keyword.Text;

    /// <summary>A block's detail: its keyword and, for a post, when it first really goes out.</summary>
    public static string Detail(BlockSyntax block, Publication? first) =>
        block.Kind == BlockKind.Post && first is not null
            ? $"{block.Keyword.Text} · {first.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"
            : block.Keyword.Text;

    /// <summary>Whether the block's settings are its children (the plan's and the policy's); other blocks have none.</summary>
    public static bool HasChildren(BlockSyntax block) => block.Kind is BlockKind.Plan or BlockKind.Policy;

    public static SymbolKind Kind(BlockKind kind) => kind switch
    {
        BlockKind.Plan => SymbolKind.Plan,
        BlockKind.Policy => SymbolKind.Policy,
        BlockKind.Channel => SymbolKind.Channel,
        BlockKind.Queue => SymbolKind.Queue,
        _ => SymbolKind.Post,
    };

    /// <summary>
    /// Each post's first publication, in one pass over the schedule (it is in time order), made once
    /// per schedule: a keystroke that changes no value the schedule is built from keeps it.
    /// </summary>
    public static IReadOnlyDictionary<string, Publication> FirstPublications(PlanSchedule schedule) =>
        Firsts.GetValue(schedule, s =>
        {
            var firsts = new Dictionary<string, Publication>(StringComparer.Ordinal);
            foreach (var publication in s.Publications)
            {
                firsts.TryAdd(publication.Post, publication);
            }

            return firsts;
        });

    /// <summary>One block's symbol, given the posts' first publications (<see cref="FirstPublications"/>).</summary>
    public static DocumentSymbol OfBlock(BlockSyntax block, IReadOnlyDictionary<string, Publication> firsts)
    {
        var name = Name(block);
        var children = HasChildren(block)
            ? [.. block.Properties.Select(p => new DocumentSymbol(p.Key.Text, p.Value?.Text, SymbolKind.Property, p.Span, p.Key.Span, []))]
            : ImmutableArray<DocumentSymbol>.Empty;
        return new DocumentSymbol(name, Detail(block, firsts.GetValueOrDefault(name)), Kind(block.Kind), block.Span, block.NameOrKeywordSpan, children);
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
}
