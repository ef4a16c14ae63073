using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>workspace/didChangeWorkspaceFolders</c>.</summary>
public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

/// <summary>The folders added to and removed from the workspace.</summary>
public sealed record WorkspaceFoldersChangeEvent(ImmutableArray<WorkspaceFolderDto> Added, ImmutableArray<WorkspaceFolderDto> Removed);
