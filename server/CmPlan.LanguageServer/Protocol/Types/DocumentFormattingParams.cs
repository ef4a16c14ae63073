namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/formatting</c>.</summary>
public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options = null);
