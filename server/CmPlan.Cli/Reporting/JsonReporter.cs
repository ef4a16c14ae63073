using System.Text.Json;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Json;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// The JSON of contract §6, keys in the order shown there, and each file's <c>config</c>: the
/// <c>cmplan.json</c> it was checked with, or null (an added key: readers of §6 ignore it).
/// </summary>
public sealed class JsonReporter : ICheckReporter
{
    private readonly JsonStream json = new();

    public void Begin(Words words, TextWriter output)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("files");
    }

    public void Add(CheckedFile file, TextWriter output)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteText("path", file.DisplayPath);
        if (file.Config is { } config)
        {
            writer.WriteText("config", config);
        }
        else
        {
            writer.WriteNull("config");
        }

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteText("rule", diagnostic.Rule);
            writer.WriteText("severity", SeverityNames.Of(diagnostic.Severity));
            writer.WriteText("message", Terminal.Bound(diagnostic.Message));
            WriteRange(writer, Position.Of(file.Source, diagnostic.Span));
            writer.WriteStartArray("fixes");
            foreach (var fix in diagnostic.Fixes)
            {
                writer.WriteStartObject();
                writer.WriteText("title", fix.Title);
                writer.WriteBoolean("preferred", fix.IsPreferred);
                writer.WriteBoolean("safe", fix.IsSafe);
                writer.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    writer.WriteStartObject();
                    WriteRange(writer, Position.Of(file.Source, edit.Span));
                    writer.WriteText("newText", edit.NewText);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Flush(output);
    }

    public void End(CheckSummary summary, TextWriter output)
    {
        var writer = json.Writer;
        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", summary.Files);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        writer.WriteNumber("hints", summary.Hints);
        writer.WriteEndObject();
        writer.WriteEndObject();
        json.Finish(output);
    }

    private static void WriteRange(Utf8JsonWriter writer, Position at)
    {
        writer.WriteNumber("line", at.Line);
        writer.WriteNumber("column", at.Column);
        writer.WriteNumber("endLine", at.EndLine);
        writer.WriteNumber("endColumn", at.EndColumn);
    }
}
