using System.Globalization;
using CmPlan.Analysis.Rules.Content.Unicode;
using CmPlan.Analysis.Rules.Content.Urls;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>How a network counts a text's length (contract §3).</summary>
public enum TextCounting
{
    /// <summary>Grapheme clusters: characters as the reader sees them.</summary>
    Graphemes,

    /// <summary>Grapheme clusters, every URL 23 (Mastodon).</summary>
    GraphemesShortUrls,

    /// <summary>twitter-text's v3 weighted length, emoji discounted (X).</summary>
    Weighted,
}

/// <summary>
/// A text's length as each network counts it. X: NFC first; every URL 23 (as twitter-text finds them, <see cref="TwitterUrls"/>; Mastodon: http(s) runs, <see cref="TextUrls"/>); an emoji sequence (a
/// grapheme cluster with an Extended_Pictographic code point, a flag pair or a keycap) 2; any
/// other code point 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, else 2.
/// </summary>
public static class TextLength
{
    public const int UrlLength = 23;

    public static TextCounting CountingOf(Network? network) => network switch
    {
        Network.X => TextCounting.Weighted,
        Network.Mastodon => TextCounting.GraphemesShortUrls,
        _ => TextCounting.Graphemes,
    };

    /// <summary>The length of a post's text, with its link counted as if appended after one space.</summary>
    public static int OfPost(string text, string? link, TextCounting counting) =>
        Count(link is null ? text : text + " " + link, counting);

    public static int Count(string text, TextCounting counting) => counting switch
    {
        TextCounting.Weighted => Weighted(text),
        TextCounting.GraphemesShortUrls => Sum(text, Graphemes, TextUrls.Find(text)),
        _ => Graphemes(text),
    };

    /// <summary>X's length: URLs as twitter-text extracts them from the NFC text (bare domains too), the rest weighted.</summary>
    public static int Weighted(string text)
    {
        var normalized = Nfc.Normalize(text);
        return Sum(normalized, WeightedWithoutUrls, TwitterUrls.Find(normalized));
    }

    public static int Graphemes(string text) => Graphemes(text.AsSpan());

    private static int Graphemes(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            text = text[ClusterLength(text)..];
            count++;
        }

        return count;
    }

    /// <summary>
    /// The length of the grapheme cluster <paramref name="text"/> starts with. Two characters below
    /// U+0300 are always split (nothing there extends or joins a cluster) but for CR LF: that fast
    /// path skips .NET's full segmentation for most Latin text, with the same answer.
    /// </summary>
    private static int ClusterLength(ReadOnlySpan<char> text) =>
        text[0] < '\u0300' && text[0] != '\r' && (text.Length == 1 || text[1] < '\u0300')
            ? 1
            : StringInfo.GetNextTextElementLength(text);

    /// <summary>Every URL as <see cref="UrlLength"/>, the text around them by <paramref name="measure"/>.</summary>
    private static int Sum(string text, Func<string, int> measure, IEnumerable<(int Start, int Length)> urls)
    {
        var total = 0;
        var at = 0;
        foreach (var (start, length) in urls)
        {
            total += measure(text[at..start]) + UrlLength;
            at = start + length;
        }

        return total + measure(text[at..]);
    }

    private static int WeightedWithoutUrls(string text)
    {
        var total = 0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var length = ClusterLength(rest);
            total += length == 1 && rest[0] <= '\u10FF' && rest[0] is not ('\u00A9' or '\u00AE') ? 1 : WeightOfCluster(rest[..length]);
            rest = rest[length..];
        }

        return total;
    }

    private static int WeightOfCluster(ReadOnlySpan<char> cluster)
    {
        if (IsEmojiSequence(cluster))
        {
            return 2;
        }

        var weight = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            weight += rune.Value is <= 0x10FF or (>= 0x2000 and <= 0x200D) or (>= 0x2010 and <= 0x201F) or (>= 0x2032 and <= 0x2037) ? 1 : 2;
        }

        return weight;
    }

    private static bool IsEmojiSequence(ReadOnlySpan<char> cluster)
    {
        var regionalIndicators = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (ExtendedPictographic.Contains(rune.Value))
            {
                return true;
            }

            if (rune.Value is >= 0x1F1E6 and <= 0x1F1FF)
            {
                regionalIndicators++;
            }
        }

        return regionalIndicators == 2 || IsKeycap(cluster);
    }

    /// <summary>[0-9#*], an optional U+FE0F, then U+20E3.</summary>
    private static bool IsKeycap(ReadOnlySpan<char> cluster) =>
        cluster.Length >= 2
        && cluster[0] is (>= '0' and <= '9') or '#' or '*'
        && cluster[^1] == '\u20E3'
        && (cluster.Length == 2 || (cluster.Length == 3 && cluster[1] == '\uFE0F'));
}
