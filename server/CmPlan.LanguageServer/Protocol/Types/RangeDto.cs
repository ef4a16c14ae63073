namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A range between two positions, end exclusive.</summary>
public sealed record RangeDto(Position Start, Position End);
