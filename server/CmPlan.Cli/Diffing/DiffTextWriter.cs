using System.Globalization;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Schedule;
using CmPlan.Cli.Reporting;

namespace CmPlan.Cli.Diffing;

/// <summary><c>diff --format text</c>: per plan, one line per change, then a summary line.</summary>
public static class DiffTextWriter
{
    public static void Write(IReadOnlyList<DiffedFile> files, DiffSummary summary, TextWriter output, Words words)
    {
        foreach (var file in files)
        {
            var diff = file.Diff;
            output.WriteLine($"{file.Path} ({DiffWords.Status(file, file.OldPath ?? string.Empty, words)})");
            if (diff.IsEmpty)
            {
                output.WriteLine("  " + words.Say(MessageId.DiffNoChange));
            }

            foreach (var p in diff.Added)
            {
                output.WriteLine($"  + {DiffTimes.Local(p, words)}  {Line(p, words)}");
            }

            foreach (var p in diff.Removed)
            {
                output.WriteLine($"  - {DiffTimes.Local(p, words)}  {Line(p, words)}");
            }

            foreach (var m in diff.Moved)
            {
                output.WriteLine($"  ~ {DiffTimes.Local(m.To, words)}  {Line(m.To, words)}{words.Say(MessageId.DiffWas, ("time", DiffTimes.Local(m.From, words)))}");
            }

            if (!diff.TextChanged.IsEmpty)
            {
                output.WriteLine("  " + words.Say(MessageId.DiffTextChanged, ("posts", string.Join(", ", diff.TextChanged))));
            }

            foreach (var d in diff.Introduced)
            {
                var at = file.PositionOf(d);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {words.Say(MessageId.DiffIntroduced)} {file.Path}:{at.Line}:{at.Column}: {SeverityNames.Of(d.Severity)} {d.Rule}: {d.Message.ReplaceLineEndings(" ")}"));
            }

            foreach (var d in diff.Resolved)
            {
                output.WriteLine($"  {words.Say(MessageId.DiffResolved)} {SeverityNames.Of(d.Severity)} {d.Rule}: {d.Message.ReplaceLineEndings(" ")}");
            }
        }

        output.WriteLine(SummaryLine(files.Count, summary, words));
    }

    /// <summary>"spring-sale on x, repost 2".</summary>
    private static string Line(Publication p, Words words) =>
        words.Say(MessageId.DiffPublicationLine, ("post", p.Post), ("channel", p.Channel), ("which", DiffWords.Which(p, words)));

    public static string SummaryLine(int files, DiffSummary summary, Words words)
    {
        if (files == 0)
        {
            return words.Say(MessageId.DiffNoPlanChanged);
        }

        var plans = words.Count(files, DiffWords.Plan);
        if (summary.IsEmpty)
        {
            return words.Say(MessageId.DiffNoChangeIn, ("plans", plans));
        }

        var (added, removed, moved, introduced, resolved) = DiffWords.Counts(summary, words);
        return words.Say(MessageId.DiffSummary, ("added", added), ("removed", removed), ("moved", moved), ("introduced", introduced), ("resolved", resolved), ("plans", plans));
    }
}
