using System.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// Markdown that is read in a job summary or a pull-request comment, built within a size limit:
/// a line is added only while it leaves <see cref="Reserve"/> characters free, so the short
/// closing lines that say how much was left out always fit.
/// </summary>
public sealed class MarkdownText(int limit = MarkdownText.CommentLimit)
{
    /// <summary>GitHub refuses a pull-request comment longer than this many characters.</summary>
    public const int CommentLimit = 65_536;

    /// <summary>Room kept for what closes a cut list: an "and N more" line, a closing tag, a last note.</summary>
    public const int Reserve = 1_024;

    private readonly StringBuilder text = new();

    public int Length => text.Length;

    /// <summary>Adds lines (one string, several lines) if they fit before the reserve; false, and nothing added, if not.</summary>
    public bool TryAdd(string lines)
    {
        if (text.Length + lines.Length + 1 + Reserve > limit)
        {
            return false;
        }

        text.Append(lines).Append('\n');
        return true;
    }

    /// <summary>Adds a short line that the reserve was kept for.</summary>
    public void AddClosing(string line) => text.Append(line).Append('\n');

    /// <summary>Adds list items until one does not fit, then one line counting those left out; false if any was.</summary>
    public bool TryAddList(IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!TryAdd(items[i]))
            {
                AddClosing($"- _…and {items.Count - i} more not shown_");
                return false;
            }
        }

        return true;
    }

    public override string ToString() => text.ToString();

    /// <summary>Plain text made inert in Markdown and HTML (table cells included), on one line.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>An id or path as inline code (ids hold no backtick; a path might).</summary>
    public static string Code(string value) =>
        value.Contains('`', StringComparison.Ordinal) ? $"`` {value} ``" : $"`{value}`";

    public static string SeverityIcon(Analysis.Diagnostics.Severity severity) => severity switch
    {
        Analysis.Diagnostics.Severity.Error => "❌",
        Analysis.Diagnostics.Severity.Warning => "⚠️",
        Analysis.Diagnostics.Severity.Info => "ℹ️",
        _ => "💡",
    };
}
