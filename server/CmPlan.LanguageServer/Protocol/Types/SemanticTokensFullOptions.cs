namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Whole-document semantic tokens, and <c>semanticTokens/full/delta</c>.</summary>
public sealed record SemanticTokensFullOptions(bool Delta);
