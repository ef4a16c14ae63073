namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>textDocument/inlayHint</c>: the visible range.</summary>
public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, RangeDto Range);
