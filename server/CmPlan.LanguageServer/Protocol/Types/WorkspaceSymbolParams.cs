namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>workspace/symbol</c>: what the user typed.</summary>
public sealed record WorkspaceSymbolParams(string Query);
