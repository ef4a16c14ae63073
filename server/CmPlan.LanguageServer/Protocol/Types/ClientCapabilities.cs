namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>What the client can do; only what the server reads.</summary>
public sealed record ClientCapabilities(
    GeneralClientCapabilities? General = null,
    WorkspaceClientCapabilities? Workspace = null,
    TextDocumentClientCapabilities? TextDocument = null);
