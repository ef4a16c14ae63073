using System.Text.Json;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Json;
using CmPlan.Cli.Output;
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

    private readonly JsonStream json = new();
    private readonly SarifFingerprints fingerprints = new();

    public void Begin(Words words, TextWriter output)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteText("$schema", Schema);
        writer.WriteText("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, words);

        // SARIF's language defaults to en-US: said only when the messages are in another one.
        if (words.Language != Analysis.Localization.Language.English)
        {
            writer.WriteText("language", words.Language.Code());
        }

        writer.WriteText("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
    }

    public void Add(CheckedFile file, TextWriter output)
    {
        foreach (var diagnostic in file.Result.Diagnostics)
        {
            WriteResult(json.Writer, file, diagnostic, fingerprints);
        }

        json.Flush(output);
    }

    public void End(CheckSummary summary, TextWriter output)
    {
        var writer = json.Writer;
        writer.WriteEndArray();

        // Which cmplan.json decided the severities (a property bag: SARIF has no field of its own for it).
        writer.WriteStartObject("properties");
        writer.WriteStartArray("configurations");
        foreach (var config in summary.Configurations)
        {
            writer.WriteTextValue(config);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("builtInDefaults", summary.Defaults);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Finish(output);
    }

    private static void WriteTool(Utf8JsonWriter writer, Words words)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteText("name", VersionInfo.ToolName);
        writer.WriteText("version", VersionInfo.Version);
        writer.WriteText("semanticVersion", VersionInfo.Version);
        writer.WriteText("informationUri", VersionInfo.InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteText("id", rule.Id);
            writer.WriteText("name", PascalCase(rule.Title));
            var (title, ruleSummary) = (RuleTexts.Title(rule, words.Language), RuleTexts.Summary(rule, words.Language));
            WriteMessage(writer, "shortDescription", Sentence(title));
            WriteMessage(writer, "fullDescription", Sentence(ruleSummary));
            writer.WriteStartObject("help");
            var help = rule.HelpUriIn(words.Language);
            writer.WriteText("text", words.Say(MessageId.SarifHelp, ("summary", Sentence(ruleSummary)), ("uri", help.ToString())));
            writer.WriteText("markdown", $"**{title}** (`{rule.Id}`)\n\n{Sentence(ruleSummary)}\n\n[Documentation]({help})");
            writer.WriteEndObject();
            writer.WriteText("helpUri", help.ToString());
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteText("level", SeverityNames.SarifLevel(rule.DefaultSeverity));
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
        writer.WriteText("ruleId", diagnostic.Rule);
        var index = IndexOf(diagnostic.Rule);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteText("level", SeverityNames.SarifLevel(diagnostic.Severity));
        WriteMessage(writer, "message", Sentence(Terminal.Bound(diagnostic.Message)));
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
                WriteMessage(writer, "message", Sentence(Terminal.Bound(related.Message)));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("partialFingerprints");
        var line = source.GetLinePosition(diagnostic.Span.Start).Line;
        writer.WriteText(SarifFingerprints.Key, fingerprints.Next(diagnostic.Rule, file.DisplayPath, source.GetLineText(line)));
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
                writer.WriteText("text", edit.NewText);
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
        // The offending token alone, cut at 80 characters: a snippet never carries the rest of the
        // file (a plan may be anything a link pointed at, /proc/self/environ included).
        var token = snippet ? Terminal.Cut(file.Source[new TextSpan(span.Start, Math.Min(span.Length, Terminal.MaxToken + 1))]) : null;
        WriteRegion(writer, "region", Position.Of(file.Source, span), token);
        writer.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, CheckedFile file)
    {
        writer.WriteStartObject("artifactLocation");
        var path = file.Input.Path;
        if (path.FullPath is { } full && Path.IsPathRooted(path.DisplayPath))
        {
            // Outside the working folder: an absolute file URI, which needs no base.
            writer.WriteText("uri", new Uri(full).AbsoluteUri);
        }
        else
        {
            writer.WriteText("uri", string.Join('/', path.DisplayPath.Split('/').Select(Uri.EscapeDataString)));
            writer.WriteText("uriBaseId", SourceRoot);
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
            writer.WriteText("text", snippet);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteText("text", text);
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

    /// <summary>SARIF's rule name is a readable identifier distinct from the id: the title in PascalCase ("SyntaxError").</summary>
    private static string PascalCase(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
