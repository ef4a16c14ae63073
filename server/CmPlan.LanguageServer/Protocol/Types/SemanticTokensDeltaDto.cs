using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// The answer to <c>semanticTokens/full/delta</c>: edits of the previous answer's integers, or all
/// of them (<see cref="Data"/>) when the previous answer is not the one the client names.
/// </summary>
public sealed record SemanticTokensDeltaDto(string ResultId, ImmutableArray<SemanticTokensEditDto>? Edits = null, ImmutableArray<int>? Data = null);
