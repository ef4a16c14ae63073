using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Formatting;

/// <summary>TEMPORARY stub for the CLI branch (refuses syntax errors, trims trailing blanks); replaced on merge.</summary>
public static class PlanFormatter
{
    public static FormatResult Format(SourceText source)
    {
        var document = PlanParser.Parse(source);
        if (document.Diagnostics.Length > 0)
        {
            var at = source.GetLinePosition(document.Diagnostics[0].Span.Start);
            return new FormatResult(null, $"not formatted: line {at.Line + 1}, column {at.Character + 1}: {document.Diagnostics[0].Message}");
        }

        var lines = Enumerable.Range(0, source.Lines.Length).Select(i => source.GetLineText(i).TrimEnd(' '));
        return new FormatResult(string.Join(source.LineEnding, lines).TrimEnd('\r', '\n') + source.LineEnding, null);
    }
}
