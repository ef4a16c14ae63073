using System.Globalization;
using System.Text;
using CmPlan.Analysis.Localization;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic, with GitHub's escaping of data and
/// properties over text whose control characters are escaped (file names are, by
/// <see cref="Inputs.DisplayPaths"/>): nothing from a plan or a file name can start a command of its own.
/// </summary>
public sealed class GithubReporter : ICheckReporter
{
    public void Begin(Words words, TextWriter output)
    {
    }

    public void Add(CheckedFile file, TextWriter output)
    {
        foreach (var diagnostic in file.Result.Diagnostics)
        {
            var at = Position.Of(file.Source, diagnostic.Span);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"::{SeverityNames.GithubCommand(diagnostic.Severity)} file={EscapeProperty(file.DisplayPath)},line={at.Line},col={at.Column},endLine={at.EndLine},endColumn={at.EndColumn},title={EscapeProperty(diagnostic.Rule)}::{EscapeData(Terminal.Escape(Terminal.Bound(diagnostic.Message), keepLineBreaks: true))}"));
        }
    }

    public void End(CheckSummary summary, TextWriter output)
    {
        // Shown in the job's debug log only: which cmplan.json decided the severities.
        output.WriteLine($"::debug::{EscapeData(summary.ConfigurationLine())}");
    }

    public static string EscapeData(string value) =>
        new StringBuilder(value)
            .Replace("%", "%25")
            .Replace("\r", "%0D")
            .Replace("\n", "%0A")
            .ToString();

    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value))
            .Replace(":", "%3A")
            .Replace(",", "%2C")
            .ToString();
}
