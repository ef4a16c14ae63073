namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>$/logTrace</c>.</summary>
public sealed record LogTraceParams(string Message);
