using CmPlan.Analysis.Configuration;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The nearest <c>cmplan.json</c> of each document, by the folder of its <c>file:</c> URI, looked up
/// once per folder and loaded once, both kept until <see cref="Clear"/> (on <c>workspace/didChangeWatchedFiles</c>). A document
/// without one, or not a file, gets <c>fallback</c>; a file that does not load is reported and
/// ignored.
/// </summary>
public sealed class ConfigCache(ConfigFile fallback)
{
    private readonly Dictionary<string, ConfigFile> loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> nearest = new(StringComparer.Ordinal);

    public ConfigFile For(string uri, Action<ConfigError> report)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile
            || Path.GetDirectoryName(parsed.LocalPath) is not { } folder
            || Nearest(folder) is not { } path)
        {
            return fallback;
        }

        if (!loaded.TryGetValue(path, out var config))
        {
            var result = ConfigLoader.Load(path);
            if (result.Error is { } error)
            {
                report(error);
            }

            config = result.Config ?? fallback;
            loaded[path] = config;
        }

        return config;
    }

    public void Clear()
    {
        loaded.Clear();
        nearest.Clear();
    }

    private string? Nearest(string folder)
    {
        if (!nearest.TryGetValue(folder, out var path))
        {
            path = ConfigLoader.FindNearest(folder);
            nearest[folder] = path;
        }

        return path;
    }
}
