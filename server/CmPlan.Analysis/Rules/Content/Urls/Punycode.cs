using System.Text;

namespace CmPlan.Analysis.Rules.Content.Urls;

/// <summary>
/// RFC 3492 Punycode encoding of one domain label, as twitter-text (through punycode.js) checks a
/// label's length: a label with a code point above U+007E becomes <c>xn--</c> and its encoding.
/// </summary>
public static class Punycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

    /// <summary>The label as punycode.js's <c>toASCII</c> writes it.</summary>
    public static string ToAscii(string label)
    {
        foreach (var c in label)
        {
            if (c > '\u007E')
            {
                return "xn--" + Encode(label);
            }
        }

        return label;
    }

    public static string Encode(string input)
    {
        var codePoints = new List<int>(input.Length);
        foreach (var rune in input.EnumerateRunes())
        {
            codePoints.Add(rune.Value);
        }

        var output = new StringBuilder();
        foreach (var c in codePoints.Where(c => c < 0x80))
        {
            output.Append((char)c);
        }

        var basic = output.Length;
        var handled = basic;
        if (basic > 0)
        {
            output.Append('-');
        }

        long n = InitialN, delta = 0;
        var bias = InitialBias;
        while (handled < codePoints.Count)
        {
            var m = codePoints.Where(c => c >= n).Min();
            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var c in codePoints)
            {
                if (c < n)
                {
                    delta++;
                }

                if (c == n)
                {
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                        if (q < t)
                        {
                            break;
                        }

                        output.Append(Digit(t + ((q - t) % (Base - t))));
                        q = (q - t) / (Base - t);
                    }

                    output.Append(Digit(q));
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }

        return output.ToString();
    }

    private static char Digit(long d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int Adapt(long delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + (((Base - TMin + 1) * delta) / (delta + Skew)));
    }
}
