namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The client's workspace capabilities the server reads.</summary>
public sealed record WorkspaceClientCapabilities(
    bool? Configuration = null,
    DynamicRegistrationCapability? DidChangeWatchedFiles = null,
    RefreshCapability? Diagnostics = null);

/// <summary>Whether the client accepts a refresh request (<c>workspace/diagnostic/refresh</c>).</summary>
public sealed record RefreshCapability(bool? RefreshSupport = null);
