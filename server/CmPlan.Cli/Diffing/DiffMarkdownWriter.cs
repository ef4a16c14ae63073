using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Reporting;
using CmPlan.Cli.Scheduling;
using NodaTime;

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

    private static readonly Noun[] Kinds = [DiffWords.Added, DiffWords.Removed, DiffWords.Moved];

    public static void Write(IReadOnlyList<DiffedFile> files, DiffSummary summary, TextWriter output, Words words)
    {
        var text = new MarkdownText();
        text.TryAdd($"{Marker}\n## cmplan diff\n\n{Verdict(files, summary, words)}");
        for (var i = 0; i < files.Count; i++)
        {
            if (!WriteFile(text, files[i], words))
            {
                if (i + 1 < files.Count)
                {
                    text.AddClosing("\n" + words.Say(MessageId.DiffPlansNotShown, ("plans", words.Count(files.Count - i - 1, DiffWords.MorePlan))));
                }

                break;
            }
        }

        output.Write(text.ToString());
    }

    public static string Verdict(IReadOnlyList<DiffedFile> files, DiffSummary summary, Words words)
    {
        if (summary.IsEmpty && files.All(f => f.Diff.TextChanged.IsEmpty))
        {
            return words.Say(MessageId.DiffNothingChanged, ("plans", words.Count(files.Count, DiffWords.PlanCompared)));
        }

        var errors = summary.IntroducedOf(files, Severity.Error);
        var warnings = summary.IntroducedOf(files, Severity.Warning);
        var headline = errors > 0 ? $"❌ **{words.Count(errors, DiffWords.ErrorIntroduced)}**"
            : warnings > 0 ? $"⚠️ **{words.Count(warnings, DiffWords.WarningIntroduced)}**"
            : words.Say(MessageId.DiffNoNewErrorOrWarning);
        var (added, removed, moved, introduced, resolved) = DiffWords.Counts(summary, words);
        return $"{headline} · {added}, {removed}, {moved} · {introduced}, {resolved} · {words.Count(files.Count, DiffWords.Plan)}";
    }

    /// <summary>Writes one plan's section; false when the limit was reached in it.</summary>
    private static bool WriteFile(MarkdownText text, DiffedFile file, Words words)
    {
        var diff = file.Diff;
        var status = DiffWords.Status(file, MarkdownText.Code(file.OldPath ?? ""), words);
        if (!text.TryAdd($"\n### {MarkdownText.Code(file.Path)} ({status})\n\n{Tables(file, words)}"))
        {
            return false;
        }

        if (!diff.TextChanged.IsEmpty && !text.TryAdd("\n" + words.Say(MessageId.DiffTextChangedSentence, ("posts", string.Join(", ", diff.TextChanged.Select(MarkdownText.Code))))))
        {
            return false;
        }

        if (!diff.Introduced.IsEmpty && !(text.TryAdd($"\n{words.Say(MessageId.DiffProblemsIntroduced)}\n") && text.TryAddList(
                [.. diff.Introduced.Select(d => $"- {MarkdownText.SeverityIcon(d.Severity)} `{d.Rule}` {words.Say(MessageId.DiffAtLine, ("line", words.Number(file.PositionOf(d).Line)), ("message", MarkdownText.Escape(d.Message)))}")])))
        {
            return false;
        }

        if (!diff.Resolved.IsEmpty && !(text.TryAdd($"\n{words.Say(MessageId.DiffProblemsResolved)}\n") && text.TryAddList(
                [.. diff.Resolved.Select(d => $"- ✔️ `{d.Rule}` {words.Say(MessageId.DiffResolvedLine, ("severity", SeverityNames.Of(d.Severity)), ("message", MarkdownText.Escape(d.Message)))}")])))
        {
            return false;
        }

        return WriteWeeks(text, file, words);
    }

    private static string Tables(DiffedFile file, Words words)
    {
        var diff = file.Diff;
        var channels = diff.Added.Select(p => p.Channel)
            .Concat(diff.Removed.Select(p => p.Channel))
            .Concat(diff.Moved.Select(m => m.To.Channel))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var publications = channels.Count == 0
            ? words.Say(MessageId.DiffNoPublicationChange)
            : words.Say(MessageId.DiffChannelTable) + "\n|---|--:|--:|--:|\n" + string.Join('\n', channels.Select(c =>
                $"| `{c}` | {diff.Added.Count(p => p.Channel == c)} | {diff.Removed.Count(p => p.Channel == c)} | {diff.Moved.Count(m => m.To.Channel == c)} |"));
        var problems = diff.Introduced.IsEmpty && diff.Resolved.IsEmpty
            ? words.Say(MessageId.DiffNoProblemChange)
            : words.Say(MessageId.DiffProblemTable) + "\n|---|--:|--:|--:|--:|\n"
              + $"| {words.Say(MessageId.DiffRowIntroduced)} | {BySeverity(diff.Introduced)} |\n| {words.Say(MessageId.DiffRowResolved)} | {BySeverity(diff.Resolved)} |";
        return $"{publications}\n\n{problems}";
    }

    private static string BySeverity(IReadOnlyCollection<Diagnostic> diagnostics) =>
        string.Join(" | ", Enum.GetValues<Severity>().Select(s => diagnostics.Count(d => d.Severity == s)));

    /// <summary>The publication changes by ISO week of their (new) local date, each week folded.</summary>
    private static bool WriteWeeks(MarkdownText text, DiffedFile file, Words words)
    {
        var diff = file.Diff;
        var changes = diff.Added.Select(p => (At: p.At, Kind: DiffWords.Added, Line: $"- ➕ {DiffTimes.Local(p, words)} · {Line(p, words)}"))
            .Concat(diff.Removed.Select(p => (At: p.At, Kind: DiffWords.Removed, Line: $"- ➖ ~~{DiffTimes.Local(p, words)}~~ · {Line(p, words)}")))
            .Concat(diff.Moved.Select(m => (At: m.To.At, Kind: DiffWords.Moved, Line: $"- 🔀 {DiffTimes.Local(m.To, words)} · {Line(m.To, words)}{words.Say(MessageId.DiffWas, ("time", DiffTimes.Local(m.From, words)))}")))
            .OrderBy(c => c.At.ToInstant())
            .GroupBy(c => WeekStart(c.At.Date))
            .ToList();
        if (changes.Count > 0 && !text.TryAdd($"\n{words.Say(MessageId.DiffPublicationsByWeek)}\n"))
        {
            return false;
        }

        for (var i = 0; i < changes.Count; i++)
        {
            var week = changes[i];
            var counts = string.Join(", ", Kinds.Select(k => (Kind: k, Count: week.Count(c => c.Kind == k))).Where(k => k.Count > 0).Select(k => words.Count(k.Count, k.Kind)));
            if (!text.TryAdd($"<details><summary>{words.Say(MessageId.DiffWeekOf, ("date", DiffTimes.Date(week.Key, words)), ("counts", counts))}</summary>\n"))
            {
                WeeksLeftOut(text, changes.Skip(i), words);
                return false;
            }

            var complete = text.TryAddList([.. week.Select(c => c.Line)]);
            text.AddClosing("\n</details>");
            if (!complete)
            {
                WeeksLeftOut(text, changes.Skip(i + 1), words);
                return false;
            }
        }

        return true;
    }

    private static void WeeksLeftOut<T>(MarkdownText text, IEnumerable<IGrouping<LocalDate, T>> weeks, Words words)
    {
        var left = weeks.ToList();
        if (left.Count > 0)
        {
            text.AddClosing(words.Say(MessageId.DiffWeeksNotShown, ("weeks", words.Count(left.Count, DiffWords.MoreWeek)), ("changes", words.Count(left.Sum(w => w.Count()), DiffWords.Change))));
        }
    }

    /// <summary>"`spring-sale` on `x`, repost 2".</summary>
    private static string Line(CmPlan.Analysis.Schedule.Publication p, Words words) =>
        words.Say(MessageId.DiffPublicationLine, ("post", $"`{p.Post}`"), ("channel", $"`{p.Channel}`"), ("which", DiffWords.Which(p, words)));

    private static LocalDate WeekStart(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
