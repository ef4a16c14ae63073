namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/rename</c>.</summary>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);
