using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>An outline entry, with its children.</summary>
public sealed record DocumentSymbolDto(
    string Name,
    string? Detail,
    int Kind,
    RangeDto Range,
    RangeDto SelectionRange,
    ImmutableArray<DocumentSymbolDto> Children);
