namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>What the server offers.</summary>
public sealed record ServerCapabilities(string PositionEncoding, TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider, bool DocumentFormattingProvider);
