namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Just a document: symbols, folding ranges, semantic tokens, <c>cmplan/schedule</c>.</summary>
public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);
