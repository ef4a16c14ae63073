namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>initialize</c>.</summary>
public sealed record InitializeParams(int? ProcessId = null, ClientCapabilities? Capabilities = null, string? Trace = null);
