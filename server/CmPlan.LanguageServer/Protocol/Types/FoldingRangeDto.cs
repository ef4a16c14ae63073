namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A foldable run of lines; <see cref="Kind"/> is <c>comment</c>, <c>region</c> or null.</summary>
public sealed record FoldingRangeDto(int StartLine, int EndLine, string? Kind);
