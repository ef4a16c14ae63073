namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Names a document at a version.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
