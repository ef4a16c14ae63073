namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Semantic tokens: whole documents (with deltas from a previous answer) and ranges.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegendDto Legend, SemanticTokensFullOptions Full, bool Range);
