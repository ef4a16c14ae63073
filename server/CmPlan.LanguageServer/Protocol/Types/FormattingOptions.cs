namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The client's formatting options (the canonical layout ignores them).</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);
