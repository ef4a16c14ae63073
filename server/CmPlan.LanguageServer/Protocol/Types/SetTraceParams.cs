namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>$/setTrace</c>.</summary>
public sealed record SetTraceParams(string Value);
