namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A label shown at a position.</summary>
public sealed record InlayHintDto(Position Position, string Label, bool PaddingLeft);
