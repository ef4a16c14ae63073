namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>initialize</c>.</summary>
public sealed record InitializeParams(int? ProcessId, ClientCapabilities? Capabilities, string? Trace);
