using CmPlan.Analysis.Formatting;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;

namespace CmPlan.Tests.Formatting;

/// <summary>What every successful format must satisfy: same plan, no syntax errors, a fixpoint, the canonical shape of lines.</summary>
public static class FormatAssert
{
    /// <summary>Formats a plan that has no syntax errors and checks the result; returns the formatted text.</summary>
    public static string KeepsThePlan(SourceText source)
    {
        var before = PlanParser.Parse(source);
        Assert.Empty(before.Diagnostics);
        var result = PlanFormatter.Format(source);
        Assert.Null(result.Refusal);
        var text = Assert.IsType<string>(result.Text);

        var after = PlanParser.Parse(SourceText.From(text));
        Assert.Empty(after.Diagnostics);
        Assert.Equal(PlanShape.Of(before), PlanShape.Of(after));
        Assert.Equal(text, PlanFormatter.Format(SourceText.From(text)).Text);
        LooksCanonical(text, source.LineEnding);
        return text;
    }

    private static void LooksCanonical(string text, string lineEnding)
    {
        var document = PlanParser.Parse(SourceText.From(text));
        var lines = document.Source.Lines;
        if (text.Length == 0)
        {
            return;
        }

        Assert.Equal("", lines[^1].Terminator + document.Source.GetLineText(lines.Length - 1));
        Assert.All(lines.SkipLast(1), line => Assert.Equal(lineEnding, line.Terminator));
        var textLines = document.Blocks
            .SelectMany(b => b.Properties)
            .SelectMany(p => p.TextBlock?.Lines.Select(l => l.Line) ?? [])
            .ToHashSet();
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (textLines.Contains(i))
            {
                continue;
            }

            var line = document.Source.GetLineText(i);
            Assert.False(line.Length > 0 && char.IsWhiteSpace(line[^1]), $"line {i + 1} ends in blanks");
            var blank = line.Length == 0;
            Assert.False(blank && (i == 0 || i == lines.Length - 2), $"line {i + 1} is a blank line at an end of the file");
            Assert.False(blank && document.Source.GetLineText(i - 1).Length == 0 && !textLines.Contains(i - 1), $"line {i + 1} is a second blank line in a row");
            var indent = line.Length - line.TrimStart(' ').Length;
            Assert.True(indent is 0 or 2, $"line {i + 1} is indented by {indent}");
        }
    }
}
