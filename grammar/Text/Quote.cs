using System.Globalization;
using System.Text;

namespace CmPlan.Grammar.Text;

/// <summary>
/// How messages quote what the user wrote: at most the offending token, cut at 80 characters, so a
/// pasted blob (a 50 MB id) is never echoed whole; invisible characters are shown as code points.
/// </summary>
public static class Quote
{
    public const int Limit = 80;

    /// <summary><paramref name="token"/>, cut at <see cref="Limit"/> characters (never inside a surrogate pair) with "…".</summary>
    public static string Cut(string token)
    {
        if (token.Length <= Limit)
        {
            return token;
        }

        var cut = char.IsHighSurrogate(token[Limit - 1]) ? Limit - 1 : Limit;
        return token[..cut] + "…";
    }

    /// <summary>The code points of <paramref name="token"/> (cut like <see cref="Cut"/>), as U+0065 U+0301: for ids that differ only invisibly.</summary>
    public static string CodePoints(string token)
    {
        var builder = new StringBuilder();
        var count = 0;
        foreach (var rune in token.EnumerateRunes())
        {
            if (count++ == Limit)
            {
                builder.Append(" …");
                break;
            }

            builder.Append(builder.Length == 0 ? string.Empty : " ").Append("U+").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
