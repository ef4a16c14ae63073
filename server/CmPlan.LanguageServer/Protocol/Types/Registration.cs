namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>One capability registered dynamically.</summary>
public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);
