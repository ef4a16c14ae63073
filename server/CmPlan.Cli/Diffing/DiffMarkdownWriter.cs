using CmPlan.Analysis.Diagnostics;
using CmPlan.Cli.Reporting;
using CmPlan.Cli.Scheduling;
using NodaTime;
using static CmPlan.Analysis.Rules.Support.HumanText;

namespace CmPlan.Cli.Diffing;

/// <summary>
/// <c>diff --format markdown</c>, for a job summary or a pull-request comment: a one-line verdict,
/// per plan a table of publication changes per channel and one of problems, the problems
/// themselves, then the publication changes grouped by ISO week in collapsible sections. It stays
/// under GitHub's comment limit: lists are cut with a count of what was left out.
/// </summary>
public static class DiffMarkdownWriter
{
    /// <summary>An HTML comment that marks the comment, so a sticky-comment step finds and replaces it.</summary>
    public const string Marker = "<!-- cmplan-diff -->";

    private static readonly string[] Kinds = ["added", "removed", "moved"];

    public static void Write(IReadOnlyList<DiffedFile> files, DiffSummary summary, TextWriter output)
    {
        var text = new MarkdownText();
        text.TryAdd($"{Marker}\n## cmplan diff\n\n{Verdict(files, summary)}");
        for (var i = 0; i < files.Count; i++)
        {
            if (!WriteFile(text, files[i]))
            {
                if (i + 1 < files.Count)
                {
                    text.AddClosing($"\n_…and {Count(files.Count - i - 1, "more plan")} not shown: run `cmplan diff` for the whole change._");
                }

                break;
            }
        }

        output.Write(text.ToString());
    }

    public static string Verdict(IReadOnlyList<DiffedFile> files, DiffSummary summary)
    {
        if (summary.IsEmpty && files.All(f => f.Diff.TextChanged.IsEmpty))
        {
            return $"✅ No change to any publication or problem ({Count(files.Count, "plan")} compared).";
        }

        var errors = summary.IntroducedOf(files, Severity.Error);
        var warnings = summary.IntroducedOf(files, Severity.Warning);
        var headline = errors > 0 ? $"❌ **{Count(errors, "error")} introduced**"
            : warnings > 0 ? $"⚠️ **{Count(warnings, "warning")} introduced**"
            : "✅ **No new error or warning**";
        return $"{headline} · {Count(summary.Added, "publication")} added, {summary.Removed} removed, {summary.Moved} moved"
            + $" · {Count(summary.Introduced, "problem")} introduced, {summary.Resolved} resolved · {Count(files.Count, "plan")}";
    }

    /// <summary>Writes one plan's section; false when the limit was reached in it.</summary>
    private static bool WriteFile(MarkdownText text, DiffedFile file)
    {
        var diff = file.Diff;
        var status = file.Status == FileStatus.Renamed ? $"renamed from {MarkdownText.Code(file.OldPath ?? "")}" : DiffedFile.StatusName(file.Status);
        if (!text.TryAdd($"\n### {MarkdownText.Code(file.Path)} ({status})\n\n{Tables(file)}"))
        {
            return false;
        }

        if (!diff.TextChanged.IsEmpty && !text.TryAdd($"\nText or link changed: {string.Join(", ", diff.TextChanged.Select(MarkdownText.Code))}."))
        {
            return false;
        }

        if (!diff.Introduced.IsEmpty && !(text.TryAdd("\n**Problems introduced**\n") && text.TryAddList(
                [.. diff.Introduced.Select(d => $"- {MarkdownText.SeverityIcon(d.Severity)} `{d.Rule}` (line {file.PositionOf(d).Line}): {MarkdownText.Escape(d.Message)}")])))
        {
            return false;
        }

        if (!diff.Resolved.IsEmpty && !(text.TryAdd("\n**Problems resolved**\n") && text.TryAddList(
                [.. diff.Resolved.Select(d => $"- ✔️ `{d.Rule}` ({SeverityNames.Of(d.Severity)}): {MarkdownText.Escape(d.Message)}")])))
        {
            return false;
        }

        return WriteWeeks(text, file);
    }

    private static string Tables(DiffedFile file)
    {
        var diff = file.Diff;
        var channels = diff.Added.Select(p => p.Channel)
            .Concat(diff.Removed.Select(p => p.Channel))
            .Concat(diff.Moved.Select(m => m.To.Channel))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var publications = channels.Count == 0
            ? "No publication added, removed or moved."
            : "| channel | added | removed | moved |\n|---|--:|--:|--:|\n" + string.Join('\n', channels.Select(c =>
                $"| `{c}` | {diff.Added.Count(p => p.Channel == c)} | {diff.Removed.Count(p => p.Channel == c)} | {diff.Moved.Count(m => m.To.Channel == c)} |"));
        var problems = diff.Introduced.IsEmpty && diff.Resolved.IsEmpty
            ? "No problem introduced or resolved."
            : "| problems | errors | warnings | infos | hints |\n|---|--:|--:|--:|--:|\n"
              + $"| introduced | {BySeverity(diff.Introduced)} |\n| resolved | {BySeverity(diff.Resolved)} |";
        return $"{publications}\n\n{problems}";
    }

    private static string BySeverity(IReadOnlyCollection<Diagnostic> diagnostics) =>
        string.Join(" | ", Enum.GetValues<Severity>().Select(s => diagnostics.Count(d => d.Severity == s)));

    /// <summary>The publication changes by ISO week of their (new) local date, each week folded.</summary>
    private static bool WriteWeeks(MarkdownText text, DiffedFile file)
    {
        var diff = file.Diff;
        var changes = diff.Added.Select(p => (At: p.At, Kind: "added", Line: $"- ➕ {DiffTimes.Local(p)} · `{p.Post}` on `{p.Channel}`, {DiffTimes.Which(p)}"))
            .Concat(diff.Removed.Select(p => (At: p.At, Kind: "removed", Line: $"- ➖ ~~{DiffTimes.Local(p)}~~ · `{p.Post}` on `{p.Channel}`, {DiffTimes.Which(p)}")))
            .Concat(diff.Moved.Select(m => (At: m.To.At, Kind: "moved", Line: $"- 🔀 {DiffTimes.Local(m.To)} · `{m.To.Post}` on `{m.To.Channel}`, {DiffTimes.Which(m.To)}, was {DiffTimes.Local(m.From)}")))
            .OrderBy(c => c.At.ToInstant())
            .GroupBy(c => WeekStart(c.At.Date))
            .ToList();
        if (changes.Count > 0 && !text.TryAdd("\n**Publications by week**\n"))
        {
            return false;
        }

        for (var i = 0; i < changes.Count; i++)
        {
            var week = changes[i];
            var counts = string.Join(", ", Kinds.Select(k => (Kind: k, Count: week.Count(c => c.Kind == k))).Where(k => k.Count > 0).Select(k => $"{k.Count} {k.Kind}"));
            if (!text.TryAdd($"<details><summary>Week of {TimeFormats.Date.Format(week.Key)}: {counts}</summary>\n"))
            {
                WeeksLeftOut(text, changes.Skip(i));
                return false;
            }

            var complete = text.TryAddList([.. week.Select(c => c.Line)]);
            text.AddClosing("\n</details>");
            if (!complete)
            {
                WeeksLeftOut(text, changes.Skip(i + 1));
                return false;
            }
        }

        return true;
    }

    private static void WeeksLeftOut<T>(MarkdownText text, IEnumerable<IGrouping<LocalDate, T>> weeks)
    {
        var left = weeks.ToList();
        if (left.Count > 0)
        {
            text.AddClosing($"_…and {Count(left.Count, "more week")} ({Count(left.Sum(w => w.Count()), "change")}) not shown._");
        }
    }

    private static LocalDate WeekStart(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
