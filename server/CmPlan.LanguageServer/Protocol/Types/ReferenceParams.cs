namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/references</c>.</summary>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);
