namespace CmPlan.LanguageServer.Documents;

/// <summary><c>file:</c> URIs and local paths, both ways.</summary>
public static class FileUris
{
    /// <summary>The local path a <c>file:</c> URI names, without a trailing separator; null for any other URI.</summary>
    public static string? LocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile
            ? Path.TrimEndingDirectorySeparator(parsed.LocalPath) is { Length: > 0 } path ? path : parsed.LocalPath
            : null;

    /// <summary>The <c>file:</c> URI of a local path, escaped.</summary>
    public static string Of(string path) => new Uri(path).AbsoluteUri;

    /// <summary>What identifies a document across spellings of its URI: its local path, or the URI itself when it is not a file.</summary>
    public static string Key(string uri) => LocalPath(uri) ?? uri;
}
