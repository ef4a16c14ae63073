namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The server's workspace capabilities: it follows the workspace folders.</summary>
public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

/// <summary>Multi-root workspaces, and <c>workspace/didChangeWorkspaceFolders</c>.</summary>
public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);
