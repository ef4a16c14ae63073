namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Semantic tokens for whole documents only.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegendDto Legend, bool Full);
