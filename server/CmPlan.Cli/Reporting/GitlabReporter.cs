using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Json;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// A GitLab Code Quality report: a JSON array of issues with description, check_name, fingerprint
/// (the SARIF one: stable when lines move), severity and location (path, first line).
/// </summary>
public sealed class GitlabReporter : ICheckReporter
{
    public void Write(IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output) =>
        output.Write(JsonText.Build(writer =>
        {
            var fingerprints = new SarifFingerprints();
            writer.WriteStartArray();
            foreach (var file in files)
            {
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
            }

            writer.WriteEndArray();
        }));

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
