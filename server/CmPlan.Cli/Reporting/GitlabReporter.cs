using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Json;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// A GitLab Code Quality report: a JSON array of issues with description, check_name, fingerprint
/// (the SARIF one: stable when lines move), severity and location (path, first line).
/// </summary>
public sealed class GitlabReporter : ICheckReporter
{
    private readonly JsonStream json = new();
    private readonly SarifFingerprints fingerprints = new();

    public void Begin(Words words, TextWriter output) => json.Writer.WriteStartArray();

    public void Add(CheckedFile file, TextWriter output)
    {
        var writer = json.Writer;
        foreach (var diagnostic in file.Result.Diagnostics)
        {
            var at = Position.Of(file.Source, diagnostic.Span);
            writer.WriteStartObject();
            writer.WriteText("description", diagnostic.Message);
            writer.WriteText("check_name", diagnostic.Rule);
            writer.WriteText("fingerprint", fingerprints.Next(diagnostic.Rule, file.DisplayPath, file.Source.GetLineText(at.Line - 1)));
            writer.WriteText("severity", Severity(diagnostic));
            writer.WriteStartObject("location");
            writer.WriteText("path", file.DisplayPath);
            writer.WriteStartObject("lines");
            writer.WriteNumber("begin", at.Line);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        json.Flush(output);
    }

    public void End(CheckSummary summary, TextWriter output)
    {
        json.Writer.WriteEndArray();
        json.Finish(output);
    }

    /// <summary>
    /// GitLab's five levels: a structural error (the plan cannot be read as written) is a blocker,
    /// another error critical, a warning major, an info minor, a hint info.
    /// </summary>
    public static string Severity(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        Analysis.Diagnostics.Severity.Error when RuleCatalog.Find(diagnostic.Rule) is { IsStructural: true } => "blocker",
        Analysis.Diagnostics.Severity.Error => "critical",
        Analysis.Diagnostics.Severity.Warning => "major",
        Analysis.Diagnostics.Severity.Info => "minor",
        _ => "info",
    };
}
