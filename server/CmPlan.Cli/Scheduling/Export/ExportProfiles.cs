using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Scheduling.Export;

/// <summary>The <c>--profile</c> values: the profiles built, and the schedulers asked for whose template could not be read.</summary>
public static class ExportProfiles
{
    private static readonly IExportProfile[] Built = [new PublerProfile()];

    // Asked for by issue 17; their columns are not in any page we could read (docs/export.md says what was searched).
    private static readonly Dictionary<string, MessageId> Unavailable = new(StringComparer.Ordinal)
    {
        ["hootsuite"] = MessageId.ProfileHootsuiteMissing,
        ["agorapulse"] = MessageId.ProfileAgorapulseMissing,
    };

    public static IExportProfile For(string name)
    {
        if (Built.FirstOrDefault(p => p.Name == name) is { } profile)
        {
            return profile;
        }

        if (Unavailable.TryGetValue(name, out var why))
        {
            throw new CliError(words => words.Say(MessageId.CliProfileUnavailable, ("name", name), ("why", words.Say(why))));
        }

        throw CliError.InvalidValue("--profile", name, [.. Built.Select(p => p.Name)]);
    }
}
