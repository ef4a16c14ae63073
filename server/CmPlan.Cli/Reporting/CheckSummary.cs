using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Reporting;

/// <summary>Counts over every checked file, by severity, and the configuration files they were checked with.</summary>
public sealed record CheckSummary(int Files, int Errors, int Warnings, int Infos, int Hints)
{
    public int Problems => Errors + Warnings + Infos + Hints;

    /// <summary>Every <c>cmplan.json</c> used, as outputs name them, in order of first use; empty: built-in defaults only.</summary>
    public IReadOnlyList<string> Configurations { get; init; } = [];

    /// <summary>The language of the summary and of the diagnostics' messages.</summary>
    public Words Words { get; init; } = Words.English;

    /// <summary>Whether some plan was checked with no <c>cmplan.json</c> at all.</summary>
    public bool Defaults { get; init; }

    public static CheckSummary From(IReadOnlyList<CheckedFile> files)
    {
        var all = files.SelectMany(f => f.Result.Diagnostics).ToList();
        return new CheckSummary(
            files.Count,
            all.Count(d => d.Severity == Severity.Error),
            all.Count(d => d.Severity == Severity.Warning),
            all.Count(d => d.Severity == Severity.Info),
            all.Count(d => d.Severity == Severity.Hint))
        {
            Configurations = [.. files.Select(f => f.Config).OfType<string>().Distinct(StringComparer.Ordinal)],
            Defaults = files.Count == 0 || files.Any(f => f.Config is null),
        };
    }

    /// <summary>"Configuration: cmplan.json", "Configuration: none (built-in defaults)", or several.</summary>
    public string ConfigurationLine()
    {
        var names = Defaults ? [.. Configurations, Words.Say(MessageId.BuiltInDefaults)] : Configurations;
        return Words.Say(names.Count == 1 ? MessageId.ConfigurationLine : MessageId.ConfigurationsLine, ("names", string.Join(", ", names)));
    }
}
