namespace CmPlan.Analysis.Configuration;

/// <summary>Why a path cannot be read or written: what a <see cref="FileProblem"/> says.</summary>
public enum FileProblemKind
{
    /// <summary>"no such file or folder".</summary>
    NoSuchFile,

    /// <summary>"permission denied".</summary>
    PermissionDenied,

    /// <summary>"too many levels of symbolic links": ELOOP, or a link not followed.</summary>
    TooManyLinks,

    /// <summary>"a named pipe, not a regular file", "a folder, not a file": the entry's <see cref="FileProblem.File"/> kind.</summary>
    NotRegular,

    /// <summary>"larger than 64 MB".</summary>
    TooLarge,

    /// <summary>The system's own text (<see cref="FileProblem.Text"/>), for an error we have no words of our own for.</summary>
    System,

    /// <summary>A name that is not UTF-8, found by a folder walk.</summary>
    FileNameNotUtf8,

    /// <summary>A folder whose name is not UTF-8, found by a folder walk.</summary>
    FolderNameNotUtf8,

    /// <summary>"cannot read the folder: …", its <see cref="FileProblem.Cause"/>.</summary>
    FolderUnreadable,

    /// <summary>A symbolic link that leads nowhere.</summary>
    LinkToNothing,

    /// <summary>A symbolic link that leads out of the folder walked (<see cref="FileProblem.Text"/>, as shown).</summary>
    LinkOutOfFolder,

    /// <summary>A symbolic link, which <c>fix</c> and <c>format</c> never write.</summary>
    LinkNotWritten,

    /// <summary>A file no one may write.</summary>
    ReadOnly,

    /// <summary>EFBIG: past the file system's size limit.</summary>
    TooLargeForFileSystem,

    /// <summary>The file is not the one that was read: another program wrote it meanwhile.</summary>
    ChangedOnDisk,
}
