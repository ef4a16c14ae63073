namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The server's name and version in <c>initialize</c>.</summary>
public sealed record ServerInfoDto(string Name, string Version);
