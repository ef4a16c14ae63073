namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The client's text document capabilities the server reads: code action resolution, pull diagnostics.</summary>
public sealed record TextDocumentClientCapabilities(CodeActionClientCapabilities? CodeAction = null, DynamicRegistrationCapability? Diagnostic = null);
