using System.Collections.Immutable;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Structure;

/// <summary>
/// One outline entry: a block (its properties as children) or a property. <see cref="Span"/>
/// covers it all; <see cref="SelectionSpan"/> is its name (block id or key).
/// </summary>
public sealed record DocumentSymbol(
    string Name,
    string? Detail,
    SymbolKind Kind,
    TextSpan Span,
    TextSpan SelectionSpan,
    ImmutableArray<DocumentSymbol> Children);
