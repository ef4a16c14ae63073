namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>An LSP text edit (named apart from the analysis <c>TextEdit</c>).</summary>
public sealed record TextEditDto(RangeDto Range, string NewText);
