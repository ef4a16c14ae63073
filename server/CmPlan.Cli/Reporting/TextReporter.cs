using System.Globalization;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Text;
using CmPlan.Cli.Output;
using static CmPlan.Analysis.Rules.Support.HumanText;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// <c>path:line:column: severity rule-id: message</c>, one line per diagnostic (a multi-line message
/// is joined, control characters escaped, long tokens cut), then a summary line and the
/// configuration used.
/// </summary>
public sealed class TextReporter : ICheckReporter
{
    public void Write(IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output)
    {
        foreach (var file in files)
        {
            WriteDiagnostics(file.DisplayPath, file.Source, file.Result.Diagnostics, output);
        }

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
        var files = Count(summary.Files, "file", "files");
        if (summary.Problems == 0)
        {
            return $"No problems in {files}";
        }

        return $"{Count(summary.Problems, "problem", "problems")} ("
            + $"{Count(summary.Errors, "error", "errors")}, {Count(summary.Warnings, "warning", "warnings")}, "
            + $"{Count(summary.Infos, "info", "infos")}, {Count(summary.Hints, "hint", "hints")}) in {files}";
    }

}
