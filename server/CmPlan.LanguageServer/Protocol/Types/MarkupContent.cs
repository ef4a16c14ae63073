namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Text with its kind: <c>markdown</c> or <c>plaintext</c>.</summary>
public sealed record MarkupContent(string Kind, string Value);
