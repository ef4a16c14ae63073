using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// <c>check --format markdown</c>, for a job summary or a comment: a summary table, then a table of
/// the problems of each file that has some; cut to fit a comment, saying how much was left out.
/// </summary>
public sealed class MarkdownReporter : ICheckReporter
{
    private readonly List<(string Path, string Counts, List<string> Rows)> withProblems = [];
    private Words words = Words.English;

    public void Begin(Words words, TextWriter output) => this.words = words;

    /// <summary>The summary table comes first: a file's rows are kept as text (not its analysis) until the end.</summary>
    public void Add(CheckedFile file, TextWriter output)
    {
        var diagnostics = file.Result.Diagnostics;
        if (!diagnostics.IsEmpty)
        {
            withProblems.Add((file.DisplayPath, Counts(diagnostics, words), diagnostics.Select(d => Row(file, d)).ToList()));
        }
    }

    public void End(CheckSummary summary, TextWriter output)
    {
        var text = new MarkdownText();
        text.TryAdd($"""
            ## cmplan check

            {(summary.Errors > 0 ? "❌" : summary.Warnings > 0 ? "⚠️" : "✅")} {TextReporter.SummaryLine(summary)}.

            {words.Say(MessageId.MarkdownTotals)}
            |--:|--:|--:|--:|--:|
            | {summary.Files} | {summary.Errors} | {summary.Warnings} | {summary.Infos} | {summary.Hints} |
            """);
        for (var i = 0; i < withProblems.Count; i++)
        {
            var (path, counts, rows) = withProblems[i];
            if (!text.TryAdd($"""

                ### {MarkdownText.Code(path)}: {counts}

                {words.Say(MessageId.MarkdownColumns)}
                |--:|---|---|---|
                """))
            {
                text.AddClosing("\n" + words.Say(MessageId.MarkdownMoreRun, ("count", words.Count(withProblems.Count - i, Noun.MoreFile))));
                break;
            }

            if (!text.TryAddList(rows))
            {
                if (i + 1 < withProblems.Count)
                {
                    text.AddClosing("\n" + words.Say(MessageId.MarkdownMore, ("count", words.Count(withProblems.Count - i - 1, Noun.MoreFile))));
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
    public static string Counts(IEnumerable<Diagnostic> diagnostics, Words words)
    {
        var bySeverity = diagnostics.GroupBy(d => d.Severity).OrderBy(g => g.Key);
        return string.Join(", ", bySeverity.Select(g => words.Count(g.Count(), NounOf(g.Key))));
    }

    private static Noun NounOf(Severity severity) => severity switch
    {
        Severity.Error => Noun.Error,
        Severity.Warning => Noun.Warning,
        Severity.Info => Noun.Info,
        _ => Noun.Hint,
    };
}
