namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/didOpen</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
