using System.Text.Json;
using CmPlan.Analysis.Schedule;
using CmPlan.Cli.Json;
using CmPlan.Cli.Reporting;

namespace CmPlan.Cli.Diffing;

/// <summary>The JSON of <c>diff --format json</c> (docs/ci.md), keys in the documented order, times as <c>schedule --format json</c> writes them.</summary>
public static class DiffJsonWriter
{
    public static void Write(IReadOnlyList<DiffedFile> files, DiffSummary summary, TextWriter output) =>
        output.Write(JsonText.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("files");
            foreach (var file in files)
            {
                WriteFile(writer, file);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("added", summary.Added);
            writer.WriteNumber("removed", summary.Removed);
            writer.WriteNumber("moved", summary.Moved);
            writer.WriteNumber("introduced", summary.Introduced);
            writer.WriteNumber("resolved", summary.Resolved);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));

    private static void WriteFile(Utf8JsonWriter writer, DiffedFile file)
    {
        var diff = file.Diff;
        writer.WriteStartObject();
        writer.WriteText("path", file.Path);
        writer.WriteText("status", DiffedFile.StatusName(file.Status));
        if (file.Status == FileStatus.Renamed && file.OldPath is { } oldPath)
        {
            writer.WriteText("oldPath", oldPath);
        }

        writer.WriteStartObject("publications");
        WritePublications(writer, "added", diff.Added);
        WritePublications(writer, "removed", diff.Removed);
        writer.WriteStartArray("moved");
        foreach (var moved in diff.Moved)
        {
            writer.WriteStartObject();
            writer.WriteText("post", moved.To.Post);
            writer.WriteText("channel", moved.To.Channel);
            writer.WriteNumber("repost", moved.To.Repost);
            writer.WriteText("from", DiffTimes.Rfc3339(moved.From));
            writer.WriteText("to", DiffTimes.Rfc3339(moved.To));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("textChanged");
        foreach (var post in diff.TextChanged)
        {
            writer.WriteTextValue(post);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("diagnostics");
        writer.WriteStartArray("introduced");
        foreach (var d in diff.Introduced)
        {
            var at = file.PositionOf(d);
            writer.WriteStartObject();
            writer.WriteText("rule", d.Rule);
            writer.WriteText("severity", SeverityNames.Of(d.Severity));
            writer.WriteText("message", d.Message);
            writer.WriteNumber("line", at.Line);
            writer.WriteNumber("column", at.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("resolved");
        foreach (var d in diff.Resolved)
        {
            writer.WriteStartObject();
            writer.WriteText("rule", d.Rule);
            writer.WriteText("severity", SeverityNames.Of(d.Severity));
            writer.WriteText("message", d.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePublications(Utf8JsonWriter writer, string name, IEnumerable<Publication> publications)
    {
        writer.WriteStartArray(name);
        foreach (var p in publications)
        {
            writer.WriteStartObject();
            writer.WriteText("post", p.Post);
            writer.WriteText("channel", p.Channel);
            writer.WriteText("at", DiffTimes.Rfc3339(p));
            writer.WriteNumber("repost", p.Repost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
