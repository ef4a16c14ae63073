using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>workspace/didChangeWatchedFiles</c>: each change is a file and its <see cref="FileEvent.Type"/>.</summary>
public sealed record DidChangeWatchedFilesParams(ImmutableArray<FileEvent> Changes);

/// <summary>A watched file that changed: <c>type</c> 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);
