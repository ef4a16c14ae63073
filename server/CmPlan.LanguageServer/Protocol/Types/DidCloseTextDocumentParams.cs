namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/didClose</c>.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
