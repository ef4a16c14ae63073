namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>initialize</c>; <c>locale</c> is the client's display language (VS Code sends it).</summary>
public sealed record InitializeParams(int? ProcessId = null, ClientCapabilities? Capabilities = null, string? Trace = null, string? Locale = null);
