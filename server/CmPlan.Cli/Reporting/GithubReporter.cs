using System.Globalization;
using System.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>GitHub Actions workflow commands, one per diagnostic, with GitHub's escaping of data and properties.</summary>
public sealed class GithubReporter : ICheckReporter
{
    public void Write(IReadOnlyList<CheckedFile> files, CheckSummary summary, TextWriter output)
    {
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                var at = Position.Of(file.Source, diagnostic.Span);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"::{SeverityNames.GithubCommand(diagnostic.Severity)} file={EscapeProperty(file.DisplayPath)},line={at.Line},col={at.Column},endLine={at.EndLine},endColumn={at.EndColumn},title={EscapeProperty(diagnostic.Rule)}::{EscapeData(diagnostic.Message)}"));
            }
        }
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
