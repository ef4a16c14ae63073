namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The client's workspace capabilities the server reads.</summary>
public sealed record WorkspaceClientCapabilities(bool? Configuration = null, DynamicRegistrationCapability? DidChangeWatchedFiles = null);
