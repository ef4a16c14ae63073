namespace CmPlan.Analysis.Model;

/// <summary>
/// The kind of a media from its extension, compared case-insensitively; on a web address the
/// extension of its path, query and fragment ignored (contract §3 Media).
/// </summary>
public static class MediaKinds
{
    public static IReadOnlyList<string> Images { get; } = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".avif"];

    public static IReadOnlyList<string> Videos { get; } = [".mp4", ".mov", ".m4v", ".webm"];

    public static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static MediaKind Of(string source)
    {
        var path = source;
        if (IsUrl(source))
        {
            var end = path.IndexOfAny(['?', '#']);
            path = end < 0 ? path : path[..end];
            var afterScheme = path.IndexOf("//", StringComparison.Ordinal) + 2;
            var slash = path.IndexOf('/', afterScheme);
            path = slash < 0 ? string.Empty : path[slash..];
        }

        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return MediaKind.Unknown;
        }

        var extension = name[dot..];
        return Images.Contains(extension, StringComparer.OrdinalIgnoreCase) ? MediaKind.Image
            : Videos.Contains(extension, StringComparer.OrdinalIgnoreCase) ? MediaKind.Video
            : MediaKind.Unknown;
    }
}
