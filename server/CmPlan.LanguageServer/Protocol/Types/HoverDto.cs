namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
public sealed record HoverDto(MarkupContent Contents, RangeDto Range);
