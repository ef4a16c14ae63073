namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>An occurrence to highlight; kind 2 (read) for a use, 3 (write) for the declaration.</summary>
public sealed record DocumentHighlightDto(RangeDto Range, int Kind);
