namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A root folder of the client's workspace.</summary>
public sealed record WorkspaceFolderDto(string Uri, string Name = "");
