using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;

namespace CmPlan.Tests.Localization;

/// <summary>
/// Every reason a path cannot be read or written, in both languages: the English exactly as the CLI
/// always wrote it, the French typeset by the catalogue; the system's own text kept as it is.
/// </summary>
public class FileProblemTextsTests
{
    private const string Thin = "\u202F";

    public static TheoryData<FileProblem, string, string> Problems() => new()
    {
        { FileProblem.NoSuchFile, "no such file or folder", "aucun fichier ni dossier de ce nom" },
        { FileProblem.PermissionDenied, "permission denied", "permission refusée" },
        { FileProblem.TooManyLinks, "too many levels of symbolic links", "trop de niveaux de liens symboliques" },
        { FileProblem.NotRegular(FileKind.Folder), "a folder, not a file", "un dossier, pas un fichier" },
        { FileProblem.NotRegular(FileKind.SymbolicLink), "a symbolic link, not a regular file", "un lien symbolique, pas un fichier ordinaire" },
        { FileProblem.NotRegular(FileKind.NamedPipe), "a named pipe, not a regular file", "un tube nommé, pas un fichier ordinaire" },
        { FileProblem.NotRegular(FileKind.CharacterDevice), "a character device, not a regular file", "un périphérique en mode caractère, pas un fichier ordinaire" },
        { FileProblem.NotRegular(FileKind.BlockDevice), "a block device, not a regular file", "un périphérique en mode bloc, pas un fichier ordinaire" },
        { FileProblem.NotRegular(FileKind.Socket), "a socket, not a regular file", "une socket, pas un fichier ordinaire" },
        { FileProblem.NotRegular(FileKind.Unknown), "not a regular file", "pas un fichier ordinaire" },
        { FileProblem.TooLarge, "larger than 64 MB", "plus de 64 Mo" },
        { FileProblem.FileNameNotUtf8, "the file name is not valid UTF-8", "le nom du fichier n'est pas de l'UTF-8 valide" },
        { FileProblem.FolderNameNotUtf8, "the folder name is not valid UTF-8", "le nom du dossier n'est pas de l'UTF-8 valide" },
        { FileProblem.FolderUnreadable(FileProblem.PermissionDenied), "cannot read the folder: permission denied", $"impossible de lire le dossier{Thin}: permission refusée" },
        { FileProblem.LinkToNothing, "a symbolic link to nothing", "un lien symbolique qui ne mène nulle part" },
        { FileProblem.LinkOutOfFolder("plans/été"), "a symbolic link out of the folder (plans/été)", "un lien symbolique qui sort du dossier (plans/été)" },
        { FileProblem.LinkNotWritten, "a symbolic link (fix and format write only regular files inside the folder they are given)", "un lien symbolique (fix et format n'écrivent que des fichiers ordinaires, dans le dossier qu'on leur donne)" },
        { FileProblem.ReadOnly, "read-only file", "fichier en lecture seule" },
        { FileProblem.TooLargeForFileSystem, "file too large for the file system", "fichier trop grand pour le système de fichiers" },
        { FileProblem.ChangedOnDisk, "changed on disk since it was read", "modifié sur le disque depuis sa lecture" },
        { FileProblem.System("No space left on device"), "No space left on device", "No space left on device" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_problem_is_worded_in_either_language(FileProblem problem, string english, string french)
    {
        Assert.Equal(english, problem.In(Words.English));
        Assert.Equal(french, problem.In(Words.French));
        Assert.Equal(english, new SafeFileException(problem).Message);
    }

    [Fact]
    public void Every_kind_has_a_case() =>
        Assert.Equal(
            Enum.GetValues<FileProblemKind>().Order(),
            Problems().Select(row => ((FileProblem)row[0]).Kind).Distinct().Order());
}
