namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A zero-based line and character, in the negotiated position encoding.</summary>
public sealed record Position(int Line, int Character);
