using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CmPlan.Analysis.Rules.Content.Urls;

/// <summary>
/// URLs as X finds them (contract §3): a port of twitter-text's <c>extractUrlsWithIndices</c>
/// (JavaScript, with URLs without a protocol) and of the regular expressions it is built from,
/// kept in their shape so that a comparison with <c>js/src/regexp/*.js</c> stays easy. A bare
/// domain is a URL (<c>maison-lavande.fr</c>, <c>www.example.com/path</c>) when its last label is
/// one of <see cref="TwitterTlds"/>; <c>http://</c> with no valid domain after it is not.
/// </summary>
public static partial class TwitterUrls
{
    private const int MaxUrlLength = 4096;
    private const int MaxTcoSlugLength = 40;
    private const int MaxLabelLength = 63;

    private const string InvalidChars = @"\uFFFE\uFEFF\uFFFF";
    private const string DirectionalMarkers = @"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069";
    private const string Punct = @"\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$";
    private const string Spaces = @"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
    private const string LatinAccents = @"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF";
    private const string Cyrillic = @"\u0400-\u04FF";
    private const string PunycodeTld = @"(?:xn--[\-0-9a-z]+)";
    private const string QueryChars = @"[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]";
    private const string QueryEndingChars = @"[a-z0-9\-_&=#\/]";

    // twitter-text's patterns, as constants: the regex source generator compiles them with the
    // program, where the interpreter would parse and optimise these 40,000 characters at the first
    // URL of every run (about two thirds of a one-shot `cmplan check`'s time, native).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string TldEnd = "(?=[^0-9a-zA-Z@+-]|$)";
    private const string GTld = $"(?:{TwitterTldTries.Generic}{TldEnd})";
    private const string CcTld = $"(?:{TwitterTldTries.Country}{TldEnd})";
    private const string PrecedingChars = $"(?:[^A-Za-z0-9@＠$#＃{InvalidChars}]|[{DirectionalMarkers}]|^)";
    private const string DomainChars = $"[^{Punct}{Spaces}{InvalidChars}{DirectionalMarkers}]";
    private const string Subdomain = $"(?:(?:{DomainChars}(?:[_-]|{DomainChars})*)?{DomainChars}\\.)";
    private const string DomainName = $"(?:(?:{DomainChars}(?:-|{DomainChars})*)?{DomainChars}\\.)";
    private const string Domain = $"(?:{Subdomain}*{DomainName}(?:{GTld}|{CcTld}|{PunycodeTld}))";
    private const string PathChars = $"[a-z{Cyrillic}0-9!\\*';:=\\+,\\.\\$\\/%#\\[\\]\\-\\u2013_~@\\|&{LatinAccents}]";
    private const string BalancedParens = $"\\((?:{PathChars}+|(?:{PathChars}*\\({PathChars}+\\){PathChars}*))\\)";
    private const string PathEndingChars = $"[\\+\\-a-z{Cyrillic}0-9=_#\\/{LatinAccents}]|(?:{BalancedParens})";
    private const string UrlPath = $"(?:(?:{PathChars}*(?:{BalancedParens}{PathChars}*)*{PathEndingChars})|(?:@{PathChars}+/))";
    private const string ExtractPattern = $"(?<before>{PrecedingChars})(?<url>(?<protocol>https?:\\/\\/)?(?<domain>{Domain})(?::[0-9]+)?(?<path>\\/{UrlPath}*)?(?:\\?{QueryChars}*{QueryEndingChars})?)";
    private const string AsciiDomainPattern = $"(?:(?:[\\-a-z0-9{LatinAccents}]+)\\.)+(?:{GTld}|{CcTld}|{PunycodeTld})";
    private const string TcoPattern = $"^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:\\?{QueryChars}*{QueryEndingChars})?";

    private static readonly Lazy<Patterns> Compiled = new(Build);

    /// <summary>The (start, length) of every URL X finds in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string text)
    {
        // As twitter-text: no dot, no URL (and no regex run).
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return [];
        }

        var urls = new List<(int Start, int Length)>();
        foreach (var (start, length) in RunsWithADot(text))
        {
            AddUrls(Extract().Match(text, start, length), urls);
        }

        return urls;
    }

    /// <summary>
    /// The runs of non-blanks that hold a dot and a top-level domain after it, each with the blank
    /// before it. A match never holds a blank but for the one character before the URL, and a URL
    /// holds "." and a TLD: matching run by run finds what matching the whole text finds, without
    /// trying the pattern at every position of a text, nor on "18h." or "etc.".
    /// </summary>
    private static IEnumerable<(int Start, int Length)> RunsWithADot(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var dot = false;
            while (end < text.Length && !IsSpace(text[end]))
            {
                dot |= text[end] == '.';
                end++;
            }

            if (dot && HasTld(text, start, end))
            {
                var from = start > 0 ? start - 1 : 0;
                yield return (from, end - from);
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Whether a dot in the run is followed by a TLD of the list that ends where the pattern's
    /// lookahead wants (before anything but an ASCII letter or digit, <c>@</c>, <c>+</c>, <c>-</c>),
    /// or by the Punycode prefix <c>xn--</c>.
    /// </summary>
    private static bool HasTld(string text, int start, int end)
    {
        var tlds = Compiled.Value.Tlds;
        for (var dot = text.IndexOf('.', start, end - start); dot >= 0 && dot + 1 < end; dot = text.IndexOf('.', dot + 1, end - dot - 1))
        {
            var after = text.AsSpan(dot + 1, end - dot - 1);
            if (after.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // An ASCII TLD must be followed by no ASCII letter or digit: the whole run is the only candidate.
            if (char.IsAscii(after[0]))
            {
                var length = 0;
                while (length < after.Length && char.IsAsciiLetterOrDigit(after[length]))
                {
                    length++;
                }

                if (length > 0 && tlds.Contains(after[..length]) && EndsTld(after, length))
                {
                    return true;
                }

                continue;
            }

            foreach (var length in Compiled.Value.TldLengths)
            {
                if (length <= after.Length && tlds.Contains(after[..length]) && EndsTld(after, length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The TLDs' lookahead: the end, or anything but an ASCII letter or digit, <c>@</c>, <c>+</c>, <c>-</c>.</summary>
    private static bool EndsTld(ReadOnlySpan<char> after, int length) =>
        length == after.Length || !(char.IsAsciiLetterOrDigit(after[length]) || after[length] is '@' or '+' or '-');

    /// <summary>twitter-text's spaces (<c>spacesGroup</c>): none of them can be inside a URL.</summary>
    private static bool IsSpace(char c) =>
        c is (>= '\x09' and <= '\x0D') or '\x20' or '\x85' or '\xA0' or '\u1680' or '\u180E' or (>= '\u2000' and <= '\u200A')
            or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    private static void AddUrls(Match first, List<(int Start, int Length)> urls)
    {
        for (var match = first; match.Success; match = match.NextMatch())
        {
            var before = match.Groups["before"].Value;
            var url = match.Groups["url"];
            var protocol = match.Groups["protocol"].Value;
            var domain = match.Groups["domain"];
            if (!IsValid(url.Length, protocol.Length > 0 ? protocol.Length : "https://".Length, domain.Value))
            {
                continue;
            }

            if (protocol.Length == 0)
            {
                if (before.Length > 0 && before[^1] is '-' or '_' or '.' or '/')
                {
                    continue;
                }

                // Only the ASCII-only domains inside count; the last one takes the path and query, if any.
                var ascii = AsciiDomain().Matches(domain.Value);
                for (var i = 0; i < ascii.Count; i++)
                {
                    var start = domain.Index + ascii[i].Index;
                    var end = i == ascii.Count - 1 && match.Groups["path"].Success ? url.Index + url.Length : start + ascii[i].Length;
                    urls.Add((start, end - start));
                }
            }
            else if (Tco().Match(url.Value) is { Success: true } tco)
            {
                // A t.co URL takes no more path than its slug.
                if (tco.Groups[1].Length <= MaxTcoSlugLength)
                {
                    urls.Add((url.Index, tco.Length));
                }
            }
            else
            {
                urls.Add((url.Index, url.Length));
            }
        }
    }

    /// <summary>twitter-text's <c>isValidUrl</c>: every label of the domain 1–63 characters once Punycode-encoded, the URL at most 4096.</summary>
    private static bool IsValid(int urlLength, int protocolLength, string domain)
    {
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !AsciiDomain().IsMatch(domain))
        {
            return false;
        }

        foreach (var label in domain.Split('.'))
        {
            // punycode.js reads the ideographic full stops as dots too.
            var encoded = string.Join('.', label.Split(['\u3002', '\uFF0E', '\uFF61']).Select(Punycode.ToAscii));
            if (encoded.Length is < 1 or > MaxLabelLength)
            {
                return false;
            }
        }

        return protocolLength + urlLength <= MaxUrlLength;
    }

    private static Patterns Build()
    {
        // A hash set, not a frozen one: a one-shot run makes a few lookups, fewer than freezing would pay back.
        var tlds = new HashSet<string>(TwitterTlds.Generic.Concat(TwitterTlds.Country), StringComparer.OrdinalIgnoreCase);
        return new Patterns(tlds.GetAlternateLookup<ReadOnlySpan<char>>(), [.. tlds.Select(t => t.Length).Distinct().Order()]);
    }

    [GeneratedRegex(ExtractPattern, Options)]
    private static partial Regex Extract();

    [GeneratedRegex(AsciiDomainPattern, Options)]
    private static partial Regex AsciiDomain();

    [GeneratedRegex(TcoPattern, Options)]
    private static partial Regex Tco();

    private sealed record Patterns(
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Tlds,
        ImmutableArray<int> TldLengths);
}
