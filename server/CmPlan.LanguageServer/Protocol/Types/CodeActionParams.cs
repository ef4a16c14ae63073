namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/codeAction</c>.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, RangeDto Range, CodeActionContext? Context = null);
