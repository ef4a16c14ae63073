using System.Globalization;
using CmPlan.Cli.Reporting;
using static CmPlan.Analysis.Rules.Support.HumanText;

namespace CmPlan.Cli.Diffing;

/// <summary><c>diff --format text</c>: per plan, one line per change, then a summary line.</summary>
public static class DiffTextWriter
{
    public static void Write(IReadOnlyList<DiffedFile> files, DiffSummary summary, TextWriter output)
    {
        foreach (var file in files)
        {
            var diff = file.Diff;
            output.WriteLine($"{file.Path} ({Status(file)})");
            if (diff.IsEmpty)
            {
                output.WriteLine("  no change to publications or problems");
            }

            foreach (var p in diff.Added)
            {
                output.WriteLine($"  + {DiffTimes.Local(p)}  {p.Post} on {p.Channel}, {DiffTimes.Which(p)}");
            }

            foreach (var p in diff.Removed)
            {
                output.WriteLine($"  - {DiffTimes.Local(p)}  {p.Post} on {p.Channel}, {DiffTimes.Which(p)}");
            }

            foreach (var m in diff.Moved)
            {
                output.WriteLine($"  ~ {DiffTimes.Local(m.To)}  {m.To.Post} on {m.To.Channel}, {DiffTimes.Which(m.To)}, was {DiffTimes.Local(m.From)}");
            }

            if (!diff.TextChanged.IsEmpty)
            {
                output.WriteLine($"  text or link changed: {string.Join(", ", diff.TextChanged)}");
            }

            foreach (var d in diff.Introduced)
            {
                var at = file.PositionOf(d);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  introduced {file.Path}:{at.Line}:{at.Column}: {SeverityNames.Of(d.Severity)} {d.Rule}: {d.Message.ReplaceLineEndings(" ")}"));
            }

            foreach (var d in diff.Resolved)
            {
                output.WriteLine($"  resolved {SeverityNames.Of(d.Severity)} {d.Rule}: {d.Message.ReplaceLineEndings(" ")}");
            }
        }

        output.WriteLine(SummaryLine(files.Count, summary));
    }

    public static string Status(DiffedFile file) =>
        file.Status == FileStatus.Renamed ? $"renamed from {file.OldPath}" : DiffedFile.StatusName(file.Status);

    public static string SummaryLine(int files, DiffSummary summary) =>
        files == 0 ? "No plan changed"
        : summary.IsEmpty
            ? $"No change to publications or problems in {Count(files, "plan")}"
            : $"{Count(summary.Added, "publication")} added, {summary.Removed} removed, {summary.Moved} moved; "
              + $"{Count(summary.Introduced, "problem")} introduced, {summary.Resolved} resolved in {Count(files, "plan")}";
}
