namespace CmPlan.Analysis.Configuration;

/// <summary>The type of a file system entry, as <c>stat</c> gives it.</summary>
public enum FileKind
{
    Regular,
    Folder,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}
