namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The names behind token type indices and modifier bits.</summary>
public sealed record SemanticTokensLegendDto(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);
