using System.Text;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// iCalendar content lines (RFC 5545 §3.1): CRLF line ends, lines folded at 75 octets with a
/// leading space on continuations, never inside a UTF-8 sequence; TEXT values escaped (§3.3.11).
/// </summary>
public sealed class IcsLines
{
    public const int MaxOctets = 75;

    private readonly StringBuilder builder = new();

    public IcsLines Add(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    public IcsLines AddText(string name, string text) => Add(name, EscapeText(text));

    public override string ToString() => builder.ToString();

    public static string EscapeText(string text) =>
        new StringBuilder(text)
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
