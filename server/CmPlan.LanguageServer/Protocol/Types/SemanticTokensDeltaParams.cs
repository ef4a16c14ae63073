namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/semanticTokens/full/delta</c>.</summary>
public sealed record SemanticTokensDeltaParams(TextDocumentIdentifier TextDocument, string PreviousResultId);
