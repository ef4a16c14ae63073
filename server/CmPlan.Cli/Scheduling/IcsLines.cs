using System.Text;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// iCalendar content lines (RFC 5545 §3.1): CRLF line ends, lines folded at 75 octets with a
/// leading space on continuations, never inside a UTF-8 sequence; TEXT values escaped (§3.3.11).
/// No control character reaches the file (RFC 5545 forbids them in values): each is shown as
/// <c>\x1b</c> (<see cref="Terminal.Escape"/>), in a TEXT value with its backslash escaped.
/// </summary>
public sealed class IcsLines
{
    public const int MaxOctets = 75;

    private readonly StringBuilder builder = new();

    public IcsLines Add(string name, string value)
    {
        Fold($"{name}:{Terminal.Escape(value)}");
        return this;
    }

    public IcsLines AddText(string name, string text) => Add(name, EscapeText(text));

    public override string ToString() => builder.ToString();

    public static string EscapeText(string text) =>
        new StringBuilder(Terminal.Escape(text, keepLineBreaks: true))
            .Replace("\\", "\\\\")
            .Replace(";", "\\;")
            .Replace(",", "\\,")
            .Replace("\r\n", "\\n")
            .Replace("\r", "\\n")
            .Replace("\n", "\\n")
            .ToString();

    private void Fold(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                builder.Append("\r\n ");
                octets = 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        builder.Append("\r\n");
    }
}
