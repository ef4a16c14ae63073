namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A completion proposal; its edit replaces the word under the cursor.</summary>
public sealed record CompletionItemDto(string Label, int Kind, string? Detail, TextEditDto TextEdit);
