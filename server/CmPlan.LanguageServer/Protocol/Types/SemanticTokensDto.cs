using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Semantic tokens, five integers each, relative to the previous token.</summary>
public sealed record SemanticTokensDto(ImmutableArray<int> Data);
