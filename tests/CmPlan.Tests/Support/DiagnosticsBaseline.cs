using System.Text;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Support;

/// <summary>
/// Prints a document with each diagnostic under the line it starts on, carets under its range,
/// so a golden diff reads like a review (the Bicep baseline style).
/// </summary>
public static class DiagnosticsBaseline
{
    public static string Print(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = diagnostics.ToLookup(d => source.GetLinePosition(d.Span.Start).Line);
        var output = new StringBuilder();
        foreach (var line in source.Lines)
        {
            var text = source.GetLineText(line.Number);
            output.Append(text).Append('\n');
            foreach (var diagnostic in byLine[line.Number])
            {
                var range = source.GetLineRange(diagnostic.Span);
                var width = range.End.Line == range.Start.Line ? Math.Max(1, range.End.Character - range.Start.Character) : Math.Max(1, text.Length - range.Start.Character);
                output.Append("//").Append(' ', range.Start.Character).Append('^', width).Append('\n');
                output.Append("//! ").Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ').Append(diagnostic.Rule).Append(": ").Append(diagnostic.Message).Append('\n');
                foreach (var fix in diagnostic.Fixes)
                {
                    var edits = string.Join("; ", fix.Edits.Select(e => $"{source.GetLineRange(e.Span)} → \"{e.NewText.Replace("\n", "\\n", StringComparison.Ordinal)}\""));
                    output.Append("//  fix").Append(fix.IsPreferred ? "*" : string.Empty).Append(fix.IsSafe ? string.Empty : " (unsafe)").Append(": ").Append(fix.Title).Append(" [").Append(edits).Append("]\n");
                }
            }
        }

        return output.ToString();
    }
}
