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

    /// <summary>Whether some plan was checked with no <c>cmplan.json</c> at all (or none was checked).</summary>
    public bool Defaults => Files == 0 || withoutConfig;

    private bool withoutConfig;

    /// <summary>Nothing checked yet, in this language.</summary>
    public static CheckSummary Empty(Words words) => new(0, 0, 0, 0, 0) { Words = words };

    public static CheckSummary From(IReadOnlyList<CheckedFile> files) => files.Aggregate(Empty(Words.English), (summary, file) => summary.Add(file));

    /// <summary>These counts with one more file's: the summary of a run builds up as its plans are reported.</summary>
    public CheckSummary Add(CheckedFile file)
    {
        var diagnostics = file.Result.Diagnostics;
        return this with
        {
            Files = Files + 1,
            Errors = Errors + diagnostics.Count(d => d.Severity == Severity.Error),
            Warnings = Warnings + diagnostics.Count(d => d.Severity == Severity.Warning),
            Infos = Infos + diagnostics.Count(d => d.Severity == Severity.Info),
            Hints = Hints + diagnostics.Count(d => d.Severity == Severity.Hint),
            Configurations = file.Config is not { } config || Configurations.Contains(config, StringComparer.Ordinal) ? Configurations : [.. Configurations, config],
            withoutConfig = withoutConfig || file.Config is null,
        };
    }

    /// <summary>"Configuration: cmplan.json", "Configuration: none (built-in defaults)", or several.</summary>
    public string ConfigurationLine()
    {
        var names = Defaults ? [.. Configurations, Words.Say(MessageId.BuiltInDefaults)] : Configurations;
        return Words.Say(names.Count == 1 ? MessageId.ConfigurationLine : MessageId.ConfigurationsLine, ("names", string.Join(", ", names)));
    }
}
