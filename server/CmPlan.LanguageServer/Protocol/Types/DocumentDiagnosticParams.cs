namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/diagnostic</c>: the document, and the result id of the report the client holds.</summary>
public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);
