namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Names a document.</summary>
public sealed record TextDocumentIdentifier(string Uri);
