namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A symbol of <c>workspace/symbol</c>: name, kind, where it is, and the plan it is in.</summary>
public sealed record SymbolInformationDto(string Name, int Kind, Location Location, string? ContainerName);
