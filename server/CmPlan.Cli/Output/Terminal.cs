using System.Globalization;
using System.Text;

namespace CmPlan.Cli.Output;

/// <summary>
/// Makes text from a plan or a file name safe to print: control characters (C0, DEL, C1) become
/// a visible <c>\x1b</c>, so a plan cannot move the cursor, recolour the terminal or start a
/// line of its own in an output another program reads (a GitHub workflow command). Tab stays;
/// line breaks stay only where the format allows them. Long tokens are cut (<see cref="Bound"/>).
/// </summary>
public static class Terminal
{
    /// <summary>The longest run without a blank that a message or a snippet carries; longer runs are cut with "…".</summary>
    public const int MaxToken = 80;

    public static bool IsControl(char c) => c is < ' ' or (>= '\u007f' and <= '\u009f');

    public static string Escape(string text, bool keepLineBreaks = false)
    {
        if (!text.Any(c => IsControl(c) && c != '\t' && !(keepLineBreaks && c is '\n' or '\r')))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c) && c != '\t' && !(keepLineBreaks && c is '\n' or '\r'))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A message with every run of non-blank characters longer than <see cref="MaxToken"/> cut there
    /// ("…" marks the cut): a 50 MB id is named, not echoed.
    /// </summary>
    public static string Bound(string text)
    {
        var run = 0;
        var longest = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        if (longest <= MaxToken)
        {
            return text;
        }

        var builder = new StringBuilder();
        run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            if (run <= MaxToken)
            {
                builder.Append(c);
            }
            else if (run == MaxToken + 1)
            {
                builder.Append('…');
            }
        }

        return builder.ToString();
    }

    /// <summary>At most the first <see cref="MaxToken"/> characters of <paramref name="text"/>, "…" marking a cut.</summary>
    public static string Cut(string text) => text.Length <= MaxToken ? text : string.Concat(text.AsSpan(0, MaxToken), "…");

    /// <summary>A diagnostic's message as a one-line text output shows it: bounded, one line, escaped.</summary>
    public static string Line(string message) => Escape(Bound(message).ReplaceLineEndings(" "));
}
