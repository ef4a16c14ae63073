namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Open/close notifications and incremental (2) changes.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);
