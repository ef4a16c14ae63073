using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis.Configuration;

/// <summary>
/// Why a path cannot be read or written, as data: worded in the language it is shown in
/// (<see cref="In"/>), which may be chosen after the problem was found. The system's own text, when
/// we have no words of ours, is kept as it is (<see cref="FileProblemKind.System"/>).
/// </summary>
public sealed record FileProblem(FileProblemKind Kind, FileKind File = FileKind.Unknown, string Text = "", FileProblem? Cause = null)
{
    public static FileProblem NoSuchFile { get; } = new(FileProblemKind.NoSuchFile);

    public static FileProblem PermissionDenied { get; } = new(FileProblemKind.PermissionDenied);

    public static FileProblem TooManyLinks { get; } = new(FileProblemKind.TooManyLinks);

    public static FileProblem TooLarge { get; } = new(FileProblemKind.TooLarge);

    public static FileProblem FileNameNotUtf8 { get; } = new(FileProblemKind.FileNameNotUtf8);

    public static FileProblem FolderNameNotUtf8 { get; } = new(FileProblemKind.FolderNameNotUtf8);

    public static FileProblem LinkToNothing { get; } = new(FileProblemKind.LinkToNothing);

    public static FileProblem LinkNotWritten { get; } = new(FileProblemKind.LinkNotWritten);

    public static FileProblem ReadOnly { get; } = new(FileProblemKind.ReadOnly);

    public static FileProblem TooLargeForFileSystem { get; } = new(FileProblemKind.TooLargeForFileSystem);

    public static FileProblem ChangedOnDisk { get; } = new(FileProblemKind.ChangedOnDisk);

    /// <summary>"a named pipe, not a regular file"; "a folder, not a file".</summary>
    public static FileProblem NotRegular(FileKind kind) => new(FileProblemKind.NotRegular, kind);

    /// <summary>The system's text, shown as it is.</summary>
    public static FileProblem System(string text) => new(FileProblemKind.System, Text: text);

    public static FileProblem FolderUnreadable(FileProblem cause) => new(FileProblemKind.FolderUnreadable, Cause: cause);

    /// <summary>A link out of <paramref name="folder"/>, the folder as outputs show it.</summary>
    public static FileProblem LinkOutOfFolder(string folder) => new(FileProblemKind.LinkOutOfFolder, Text: folder);

    /// <summary>The reason, in <paramref name="words"/>' language.</summary>
    public string In(Words words) => Kind switch
    {
        FileProblemKind.NoSuchFile => words.Say(MessageId.CliNoSuchPath),
        FileProblemKind.PermissionDenied => words.Say(MessageId.CliPermissionDenied),
        FileProblemKind.TooManyLinks => words.Say(MessageId.FileTooManyLinks),
        FileProblemKind.NotRegular => File switch
        {
            FileKind.Folder => words.Say(MessageId.FileFolderNotFile),
            FileKind.Unknown => words.Say(MessageId.FileKindUnknown),
            _ => words.Say(MessageId.FileNotRegular, ("kind", Describe(File, words))),
        },
        FileProblemKind.TooLarge => words.Say(MessageId.FileTooLarge),
        FileProblemKind.FileNameNotUtf8 => words.Say(MessageId.FileNameNotUtf8),
        FileProblemKind.FolderNameNotUtf8 => words.Say(MessageId.FolderNameNotUtf8),
        FileProblemKind.FolderUnreadable => words.Say(MessageId.FileFolderUnreadable, ("reason", Cause?.In(words) ?? Text)),
        FileProblemKind.LinkToNothing => words.Say(MessageId.FileLinkToNothing),
        FileProblemKind.LinkOutOfFolder => words.Say(MessageId.FileLinkOutOfFolder, ("folder", Text)),
        FileProblemKind.LinkNotWritten => words.Say(MessageId.FileLinkNotWritten),
        FileProblemKind.ReadOnly => words.Say(MessageId.FileReadOnly),
        FileProblemKind.TooLargeForFileSystem => words.Say(MessageId.FileTooLargeForFileSystem),
        FileProblemKind.ChangedOnDisk => words.Say(MessageId.FileChangedOnDisk),
        _ => Text,
    };

    /// <summary>How messages name a kind of entry: "a named pipe" / "un tube nommé".</summary>
    public static string Describe(FileKind kind, Words words) => words.Say(kind switch
    {
        FileKind.Regular => MessageId.FileKindRegular,
        FileKind.Folder => MessageId.FileKindFolder,
        FileKind.SymbolicLink => MessageId.FileKindSymbolicLink,
        FileKind.NamedPipe => MessageId.FileKindNamedPipe,
        FileKind.CharacterDevice => MessageId.FileKindCharacterDevice,
        FileKind.BlockDevice => MessageId.FileKindBlockDevice,
        FileKind.Socket => MessageId.FileKindSocket,
        _ => MessageId.FileKindUnknown,
    });

    /// <summary>The English reason.</summary>
    public override string ToString() => In(Words.English);
}
