namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/semanticTokens/range</c>.</summary>
public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, RangeDto Range);
