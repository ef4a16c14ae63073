using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Semantic tokens, five integers each, relative to the previous token; the id a delta may start from.</summary>
public sealed record SemanticTokensDto(ImmutableArray<int> Data, string? ResultId = null);
