using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// The <c>cmplan.json</c> for each plan: <c>--config</c> if given, else the nearest one walking up
/// from the plan's folder (stdin: from the working folder) up to the repository root. Each file is
/// loaded once; an invalid one (or one that is not a regular file) is a <see cref="CliError"/>,
/// never ignored. <see cref="Shown"/> names the one a plan used, for the reports.
/// </summary>
public sealed class ConfigResolver(string? explicitPath, string workingDirectory)
{
    private readonly Dictionary<string, ConfigFile> loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> nearest = new(StringComparer.Ordinal);

    public ConfigFile For(InputPath input)
    {
        if (explicitPath is not null)
        {
            var given = Path.GetFullPath(explicitPath, workingDirectory);
            return Directory.Exists(given)
                ? throw new CliError(MessageId.CliConfigIsFolder, ("path", explicitPath), ("file", Path.Join(explicitPath, ConfigLoader.FileName)))
                : Load(given);
        }

        var folder = input.FullPath is { } full ? Path.GetDirectoryName(full) ?? workingDirectory : workingDirectory;
        if (!nearest.TryGetValue(folder, out var config))
        {
            config = ConfigLoader.FindNearest(folder);
            nearest[folder] = config;
        }

        return config is null ? ConfigFile.Empty : Load(config);
    }

    /// <summary>How reports name the configuration a plan used: its path as outputs show paths, or null for none.</summary>
    public string? Shown(ConfigFile config) => config.Path is { } path ? DisplayPaths.For(path, workingDirectory) : null;

    private ConfigFile Load(string path)
    {
        if (loaded.TryGetValue(path, out var config))
        {
            return config;
        }

        var result = ConfigLoader.Load(path);
        if (!result.IsSuccess)
        {
            var error = result.Error with { Path = DisplayPaths.For(path, workingDirectory) };
            throw new CliError(words => error.ToString(words.Language));
        }

        loaded[path] = result.Config;
        return result.Config;
    }
}
