namespace CmPlan.Analysis;

/// <summary>
/// Whether a <c>media</c> path names a file, for <c>media-not-found</c>. The analysis does no I/O:
/// the CLI and the language server give one for a plan read from a folder
/// (<see cref="Configuration.MediaFolder"/>); without one, paths are not checked. An implementation
/// has value equality, so that an editing session keeps its analysis while the folder is the same.
/// </summary>
public interface IMediaFiles
{
    /// <summary>Checks <paramref name="path"/> as written in the plan: relative to the plan's folder.</summary>
    MediaFileStatus Check(string path);

    /// <summary>The images and videos a <c>media</c> line may name, relative to the plan's folder with <c>/</c>, for completion.</summary>
    IReadOnlyList<string> List();
}
