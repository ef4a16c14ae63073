using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>A span as outputs show it: 1-based lines and columns, columns in UTF-16 code units, end exclusive.</summary>
public readonly record struct Position(int Line, int Column, int EndLine, int EndColumn)
{
    public static Position Of(SourceText source, TextSpan span)
    {
        var range = source.GetLineRange(span);
        return new Position(range.Start.Line + 1, range.Start.Character + 1, range.End.Line + 1, range.End.Character + 1);
    }
}
