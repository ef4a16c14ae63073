namespace CmPlan.Cli.Scheduling.Export;

/// <summary>The <c>--profile</c> values: the profiles built, and the schedulers asked for whose template could not be read.</summary>
public static class ExportProfiles
{
    private static readonly IExportProfile[] Built = [new PublerProfile()];

    // Asked for by issue 17; their columns are not in any page we could read (docs/export.md says what was searched).
    private static readonly Dictionary<string, string> Unavailable = new(StringComparer.Ordinal)
    {
        ["hootsuite"] = "Hootsuite's own help page for its bulk composer could not be found",
        ["agorapulse"] = "the readable part of Agorapulse's help page names no date column",
    };

    public static IExportProfile For(string name)
    {
        if (Built.FirstOrDefault(p => p.Name == name) is { } profile)
        {
            return profile;
        }

        if (Unavailable.TryGetValue(name, out var why))
        {
            throw new CliError($"--profile {name} is not available: {why} (see docs/export.md); use --profile publer or the plain --format csv");
        }

        throw new CliError($"invalid --profile '{name}': expected {string.Join(", ", Built.Select(p => p.Name))}");
    }
}
