using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using static CmPlan.Analysis.Rules.Support.HumanText;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// <c>check --format markdown</c>, for a job summary or a comment: a summary table, then a table of
/// the problems of each file that has some; cut to fit a comment, saying how much was left out.
/// </summary>
public sealed class MarkdownReporter : ICheckReporter
{
    public void Write(IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output)
    {
        var text = new MarkdownText();
        text.TryAdd($"""
            ## cmplan check

            {(summary.Errors > 0 ? "❌" : summary.Warnings > 0 ? "⚠️" : "✅")} {TextReporter.SummaryLine(summary)}.

            | files | errors | warnings | infos | hints |
            |--:|--:|--:|--:|--:|
            | {summary.Files} | {summary.Errors} | {summary.Warnings} | {summary.Infos} | {summary.Hints} |
            """);
        var withProblems = files.Where(f => !f.Result.Diagnostics.IsEmpty).ToList();
        for (var i = 0; i < withProblems.Count; i++)
        {
            var file = withProblems[i];
            var diagnostics = file.Result.Diagnostics;
            if (!text.TryAdd($"""

                ### {MarkdownText.Code(file.DisplayPath)}: {Counts(diagnostics)}

                | line | severity | rule | message |
                |--:|---|---|---|
                """))
            {
                text.AddClosing($"\n_…and {Count(withProblems.Count - i, "more file")} with problems not shown: run `cmplan check` for all of them._");
                break;
            }

            var rows = diagnostics.Select(d => Row(file, d)).ToList();
            if (!text.TryAddList(rows))
            {
                if (i + 1 < withProblems.Count)
                {
                    text.AddClosing($"\n_…and {Count(withProblems.Count - i - 1, "more file")} with problems not shown._");
                }

                break;
            }
        }

        output.Write(text.ToString());
    }

    private static string Row(CheckedFile file, Diagnostic diagnostic)
    {
        var at = Position.Of(file.Source, diagnostic.Span);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {at.Line}:{at.Column} | {MarkdownText.SeverityIcon(diagnostic.Severity)} {SeverityNames.Of(diagnostic.Severity)} | `{diagnostic.Rule}` | {MarkdownText.Escape(diagnostic.Message)} |");
    }

    /// <summary>"2 errors, 1 warning": the severities present, worst first.</summary>
    public static string Counts(IEnumerable<Diagnostic> diagnostics)
    {
        var bySeverity = diagnostics.GroupBy(d => d.Severity).OrderBy(g => g.Key);
        return string.Join(", ", bySeverity.Select(g => Count(g.Count(), SeverityNames.Of(g.Key))));
    }
}
