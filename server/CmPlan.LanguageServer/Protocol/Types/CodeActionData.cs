namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>What a code action left to resolve carries back: the document and the version it was offered for.</summary>
public sealed record CodeActionData(string Uri, int Version);
