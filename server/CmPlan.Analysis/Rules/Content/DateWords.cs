using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using CmPlan.Analysis.Rules.Content.Unicode;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// The words date mentions are read with (contract §5): French and English month names, and the
/// origin words after which a year is a start, not an end ("depuis 2005", "fondée en 2012"). All
/// compared folded: lower case, without accents.
/// </summary>
internal static class DateWords
{
    /// <summary>Folded month names, French then English, each list in calendar order.</summary>
    private static readonly FrozenDictionary<string, int> Months = new[]
    {
        new[] { "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre" },
        new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" },
    }.SelectMany(names => names.Select((name, index) => (name, index + 1))).ToFrozenDictionary(m => m.name, m => m.Item2, StringComparer.Ordinal);

    /// <summary>The same names for ASCII words, read without a copy: folding them is only ignoring case.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsIgnoringCase =
        Months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Origin words that stand alone before the year.</summary>
    private static readonly FrozenSet<string> Since = new[] { "depuis", "since", "des" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles that make an origin with "en" (French: fondé(e)(s), créé(e)(s)).</summary>
    private static readonly FrozenSet<string> FoundedEn =
        new[] { "fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The month a word names (1–12), or 0. Most words are not folded at all: no month name is shorter than 3 or longer than 10 characters (a decomposed accent included).</summary>
    public static int Month(ReadOnlySpan<char> word) =>
        word.Length is >= 3 and <= 10 && char.ToLowerInvariant(word[0]) is 'j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd'
            ? Ascii.IsValid(word) ? (MonthsIgnoringCase.TryGetValue(word, out var month) ? month : 0) : Months.GetValueOrDefault(Nfc.Fold(word.ToString()))
            : 0;

    /// <summary>
    /// Whether the year starting at <paramref name="at"/> directly follows an origin word, separated
    /// from it by blanks only: <c>depuis</c>, <c>since</c>, <c>dès</c>, <c>fondé(e)(s) en</c>,
    /// <c>créé(e)(s) en</c>, <c>founded in</c>, <c>est.</c>.
    /// </summary>
    public static bool FollowsOrigin(string text, int at)
    {
        var end = SkipBlanksBack(text, at);
        if (end > 0 && text[end - 1] == '.')
        {
            return FoldedWordBefore(text, end - 1) is ("est", _);
        }

        if (FoldedWordBefore(text, end) is not ({ } word, var start))
        {
            return false;
        }

        if (Since.Contains(word))
        {
            return true;
        }

        var previousEnd = SkipBlanksBack(text, start);
        return previousEnd < start && FoldedWordBefore(text, previousEnd) is ({ } previous, _)
            && ((word == "en" && FoundedEn.Contains(previous)) || (word == "in" && previous == "founded"));
    }

    /// <summary>Whether the code point ending just before <paramref name="at"/> is part of a word (see <see cref="IsWord"/>).</summary>
    public static bool WordBefore(string text, int at) =>
        at > 0 && (text[at - 1] < '\u0080'
            ? IsAsciiWord(text[at - 1])
            : Rune.DecodeLastFromUtf16(text.AsSpan(0, at), out var rune, out _) == OperationStatus.Done && IsWord(rune));

    /// <summary>Whether the code point starting at <paramref name="at"/> is part of a word.</summary>
    public static bool WordAt(string text, int at) =>
        at < text.Length && (text[at] < '\u0080'
            ? IsAsciiWord(text[at])
            : Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out _) == OperationStatus.Done && IsWord(rune));

    /// <summary>A letter or a digit of any script, <c>_</c>, or a mark (which belongs to the letter before it).</summary>
    public static bool IsWord(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || rune.Value == '_'
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsAsciiWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    public static bool IsBlank(char c) => char.IsWhiteSpace(c);

    private static int SkipBlanksBack(string text, int at)
    {
        while (at > 0 && IsBlank(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>The folded word that ends at <paramref name="end"/>, and where it starts; none when no word ends there.</summary>
    private static (string? Word, int Start) FoldedWordBefore(string text, int end)
    {
        var start = end;
        while (WordBefore(text, start))
        {
            start -= char.IsLowSurrogate(text[start - 1]) ? 2 : 1;
        }

        return start == end ? (null, end) : (Nfc.Fold(text[start..end]), start);
    }
}
