namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A document and a position in it: hover, completion, definition, highlights, prepareRename.</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
