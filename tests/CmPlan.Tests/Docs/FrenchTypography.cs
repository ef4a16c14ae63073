using System.Text.RegularExpressions;

namespace CmPlan.Tests.Docs;

/// <summary>
/// How a French editor sets prose, checked outside code: a narrow no-break space (U+202F) before
/// <c>: ; ! ?</c> and inside « », typographic apostrophes and quotes, and French words where the
/// English ones creep in (« republication », not "repost"; rule ids are code, so they are not prose).
/// </summary>
public static partial class FrenchTypography
{
    public static IReadOnlyList<string> Problems(MarkdownPage page) =>
        [.. page.ProseLines
            .Where(line => !line.StartsWith("# ", StringComparison.Ordinal))
            .SelectMany(line => Checks.Where(c => c.Pattern.IsMatch(line)).Select(c => $"{c.Says}: {line}"))];

    private static readonly (Regex Pattern, string Says)[] Checks =
    [
        (SpaceBeforeHighPunctuation(), "a space that is not U+202F before : ; ! ? or »"),
        (SpaceAfterOpeningQuote(), "a space that is not U+202F after «"),
        (NoSpaceBeforeHighPunctuation(), "no U+202F before : ; ! ?"),
        (StraightQuotes(), "straight quotes in prose (« » and ’)"),
        (English(), "an English word in prose"),
    ];

    [GeneratedRegex("[ \u00A0\t][:;!?»]")]
    private static partial Regex SpaceBeforeHighPunctuation();

    [GeneratedRegex("«[ \u00A0\t]|«[^\u202F]")]
    private static partial Regex SpaceAfterOpeningQuote();

    // A colon inside a word or a URL (09:00, https://) is not punctuation: only one that ends a word is checked.
    [GeneratedRegex(@"[^\s\u202F][:;!?](\s|$)")]
    private static partial Regex NoSpaceBeforeHighPunctuation();

    [GeneratedRegex("[\"']")]
    private static partial Regex StraightQuotes();

    [GeneratedRegex(@"(?i)\brepost|\bquick fix|\bdefault severity|\bwhat it catches")]
    private static partial Regex English();
}
