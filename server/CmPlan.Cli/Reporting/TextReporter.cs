using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Output;
using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// <c>path:line:column: severity rule-id: message</c>, one line per diagnostic (a multi-line message
/// is joined, control characters escaped, long tokens cut), then a summary line and the
/// configuration used.
/// </summary>
public sealed class TextReporter : ICheckReporter
{
    public void Begin(Words words, TextWriter output)
    {
    }

    public void Add(CheckedFile file, TextWriter output) =>
        WriteDiagnostics(file.DisplayPath, file.Source, file.Result.Diagnostics, output);

    public void End(CheckSummary summary, TextWriter output)
    {
        output.WriteLine(SummaryLine(summary));
        output.WriteLine(summary.ConfigurationLine());
    }

    /// <summary>One line per diagnostic of one file (<c>cmplan fix</c> lists what remains with it too).</summary>
    public static void WriteDiagnostics(string displayPath, SourceText source, IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            var at = Position.Of(source, diagnostic.Span);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{displayPath}:{at.Line}:{at.Column}: {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Rule}: {Terminal.Line(diagnostic.Message)}"));
        }
    }

    public static string SummaryLine(CheckSummary summary)
    {
        var words = summary.Words;
        var files = words.Count(summary.Files, Noun.File);
        if (summary.Problems == 0)
        {
            return words.Say(MessageId.NoProblems, ("files", files));
        }

        return words.Say(
            MessageId.ProblemsSummary,
            ("problems", words.Count(summary.Problems, Noun.Problem)),
            ("errors", words.Count(summary.Errors, Noun.Error)),
            ("warnings", words.Count(summary.Warnings, Noun.Warning)),
            ("infos", words.Count(summary.Infos, Noun.Info)),
            ("hints", words.Count(summary.Hints, Noun.Hint)),
            ("files", files));
    }

}
