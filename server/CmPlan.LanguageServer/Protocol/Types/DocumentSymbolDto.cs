using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>An outline entry, with its children (none written when it has none: LSP's <c>children?</c>).</summary>
public sealed record DocumentSymbolDto(
    string Name,
    string? Detail,
    int Kind,
    RangeDto Range,
    RangeDto SelectionRange,
    ImmutableArray<DocumentSymbolDto>? Children);
