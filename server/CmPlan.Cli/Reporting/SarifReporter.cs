using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Json;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning ingests it: one run, every rule of the catalogue with its
/// texts and default level, results with full regions, fingerprints and fixes.
/// </summary>
public sealed class SarifReporter : ICheckReporter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string SourceRoot = "%SRCROOT%";

    public void Write(IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output) =>
        output.Write(JsonText.Build(writer => WriteLog(writer, files)));

    private static void WriteLog(Utf8JsonWriter writer, IReadOnlyList<CheckedFile> files)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", Schema);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer);
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        var fingerprints = new SarifFingerprints();
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                WriteResult(writer, file, diagnostic, fingerprints);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", VersionInfo.ToolName);
        writer.WriteString("version", VersionInfo.Version);
        writer.WriteString("semanticVersion", VersionInfo.Version);
        writer.WriteString("informationUri", VersionInfo.InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", PascalCase(rule.Id));
            WriteMessage(writer, "shortDescription", Sentence(rule.Title));
            WriteMessage(writer, "fullDescription", Sentence(rule.Summary));
            writer.WriteStartObject("help");
            writer.WriteString("text", $"{Sentence(rule.Summary)} See {rule.HelpUri}.");
            writer.WriteString("markdown", $"**{rule.Title}** (`{rule.Id}`)\n\n{Sentence(rule.Summary)}\n\n[Documentation]({rule.HelpUri})");
            writer.WriteEndObject();
            writer.WriteString("helpUri", rule.HelpUri.ToString());
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", SeverityNames.SarifLevel(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, CheckedFile file, Diagnostic diagnostic, SarifFingerprints fingerprints)
    {
        var source = file.Source;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Rule);
        var index = IndexOf(diagnostic.Rule);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", SeverityNames.SarifLevel(diagnostic.Severity));
        WriteMessage(writer, "message", Sentence(diagnostic.Message));
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        WritePhysicalLocation(writer, file, diagnostic.Span, snippet: true);
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (!diagnostic.Related.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var related in diagnostic.Related)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", id++);
                WritePhysicalLocation(writer, file, related.Span, snippet: false);
                WriteMessage(writer, "message", Sentence(related.Message));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("partialFingerprints");
        var line = source.GetLinePosition(diagnostic.Span.Start).Line;
        writer.WriteString(SarifFingerprints.Key, fingerprints.Next(diagnostic.Rule, file.DisplayPath, source.GetLineText(line)));
        writer.WriteEndObject();
        if (!diagnostic.Fixes.IsDefaultOrEmpty)
        {
            WriteFixes(writer, file, diagnostic);
        }

        writer.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter writer, CheckedFile file, Diagnostic diagnostic)
    {
        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            WriteMessage(writer, "description", Sentence(fix.Title));
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifactLocation(writer, file);
            writer.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                WriteRegion(writer, "deletedRegion", Position.Of(file.Source, edit.Span));
                writer.WriteStartObject("insertedContent");
                writer.WriteString("text", edit.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter writer, CheckedFile file, TextSpan span, bool snippet)
    {
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, file);
        WriteRegion(writer, "region", Position.Of(file.Source, span), snippet ? file.Source[span] : null);
        writer.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, CheckedFile file)
    {
        writer.WriteStartObject("artifactLocation");
        var path = file.Input.Path;
        if (path.FullPath is { } full && Path.IsPathRooted(path.DisplayPath))
        {
            // Outside the working folder: an absolute file URI, which needs no base.
            writer.WriteString("uri", new Uri(full).AbsoluteUri);
        }
        else
        {
            writer.WriteString("uri", string.Join('/', path.DisplayPath.Split('/').Select(Uri.EscapeDataString)));
            writer.WriteString("uriBaseId", SourceRoot);
        }

        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, Position at, string? snippet = null)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", at.Line);
        writer.WriteNumber("startColumn", at.Column);
        writer.WriteNumber("endLine", at.EndLine);
        writer.WriteNumber("endColumn", at.EndColumn);
        if (snippet is not null)
        {
            writer.WriteStartObject("snippet");
            writer.WriteString("text", snippet);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static int IndexOf(string rule)
    {
        for (var i = 0; i < RuleCatalog.All.Count; i++)
        {
            if (RuleCatalog.All[i].Id == rule)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>SARIF asks that plain-text messages end with a period (SARIF2001).</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string PascalCase(string id) =>
        string.Concat(id.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
