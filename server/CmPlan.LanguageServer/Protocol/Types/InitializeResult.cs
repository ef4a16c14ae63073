namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The answer to <c>initialize</c>.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfoDto ServerInfo);
