using CmPlan.Analysis.Configuration;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// Where each document's media paths are looked up: the folder of its <c>file:</c> URI within its
/// repository, found once per folder (not at every keystroke) until <see cref="Clear"/>. A document
/// that is not a file (an unsaved buffer) has none: its paths are not checked.
/// </summary>
public sealed class MediaFolderCache
{
    private readonly Dictionary<string, MediaFolder?> folders = new(StringComparer.Ordinal);

    public MediaFolder? For(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile || Path.GetDirectoryName(parsed.LocalPath) is not { } folder)
        {
            return null;
        }

        if (!folders.TryGetValue(folder, out var media))
        {
            media = MediaFolder.ForPlan(parsed.LocalPath);
            folders[folder] = media;
        }

        return media;
    }

    public void Clear() => folders.Clear();
}
