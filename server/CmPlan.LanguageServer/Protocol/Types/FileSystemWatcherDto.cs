namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A glob of files the client should watch for the server.</summary>
public sealed record FileSystemWatcherDto(string GlobPattern);
