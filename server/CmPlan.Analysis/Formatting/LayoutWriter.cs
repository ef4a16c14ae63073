using System.Text;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Formatting;

/// <summary>
/// Collects the formatted lines. Blank lines are held back until a line follows, so runs collapse
/// to one and none is left at either end of the file.
/// </summary>
internal sealed class LayoutWriter
{
    private readonly List<string> lines = [];
    private bool blankPending;
    private bool atBodyStart;

    /// <summary>A blank line of the source: one is kept for a run; none at the start of the file or of a block's body.</summary>
    public void Blank() => blankPending |= lines.Count > 0 && !atBodyStart;

    /// <summary>Exactly one blank line before what comes next, unless it starts the file.</summary>
    public void Separate()
    {
        blankPending = lines.Count > 0;
        atBodyStart = false;
    }

    /// <summary>A header was written: blank lines before its first body line are dropped.</summary>
    public void StartBody() => atBodyStart = true;

    /// <summary>The block is over, even if its body was empty: blank lines count again.</summary>
    public void EndBody() => atBodyStart = false;

    public void Line(string text)
    {
        if (blankPending)
        {
            lines.Add("");
            blankPending = false;
        }

        atBodyStart = false;
        lines.Add(text);
    }

    /// <summary>A line of a text block: written as is, an empty one included, since it is content.</summary>
    public void TextLine(string text) => lines.Add(text);

    /// <summary>Source lines copied as they are: for lines with no layout, which only a file with syntax errors has.</summary>
    public void Verbatim(SourceText source, LineSyntax line)
    {
        for (var number = line.FirstLine; number <= line.LastLine; number++)
        {
            Line(source.GetLineText(number));
        }
    }

    public string ToText(string lineEnding)
    {
        if (lines.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line).Append(lineEnding);
        }

        return builder.ToString();
    }
}
