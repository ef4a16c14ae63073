namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>What the server offers.</summary>
public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool DocumentFormattingProvider,
    bool HoverProvider,
    bool InlayHintProvider,
    bool DocumentSymbolProvider,
    bool FoldingRangeProvider,
    SemanticTokensOptions SemanticTokensProvider,
    CompletionOptions CompletionProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentHighlightProvider,
    RenameOptions RenameProvider,
    DiagnosticOptions DiagnosticProvider,
    bool WorkspaceSymbolProvider,
    WorkspaceServerCapabilities Workspace);
