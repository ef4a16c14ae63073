using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>What to watch for <c>workspace/didChangeWatchedFiles</c>.</summary>
public sealed record DidChangeWatchedFilesRegistrationOptions(ImmutableArray<FileSystemWatcherDto> Watchers);
