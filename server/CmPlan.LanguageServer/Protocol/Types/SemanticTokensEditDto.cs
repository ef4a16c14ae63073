using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Replace <see cref="DeleteCount"/> integers at <see cref="Start"/> with <see cref="Data"/>.</summary>
public sealed record SemanticTokensEditDto(int Start, int DeleteCount, ImmutableArray<int> Data);
