using System.Text;
using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>A year or a full date mentioned in a text: where (relative to the text), and the last day it covers.</summary>
public sealed record DateMention(int Start, int Length, LocalDate LastDay, bool IsYear);

/// <summary>
/// Finds what dates a text (contract §5, <c>dated-content</c>): a year 2000–2099 as a whole word, or
/// a full date <c>YYYY-MM-DD</c> or <c>DD/MM/YYYY</c> that exists in the calendar, its year in the
/// same range; the year inside a full date is part of it. "Whole word": not touching a letter or a
/// digit on either side. Nothing inside a URL counts.
/// </summary>
public static class DateMentions
{
    public static IEnumerable<DateMention> Find(string text)
    {
        var urls = TextUrls.Find(text).ToList();
        var url = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (url < urls.Count && urls[url].Start + urls[url].Length <= i)
            {
                url++;
            }

            if (url < urls.Count && urls[url].Start <= i)
            {
                i = urls[url].Start + urls[url].Length;
                continue;
            }

            if (!char.IsAsciiDigit(text[i]) || TouchesWord(text, i - 1, before: true))
            {
                i++;
                continue;
            }

            var mention = Read(text, i);
            var nextUrl = url < urls.Count ? urls[url].Start : int.MaxValue;
            if (mention is not null && mention.Start + mention.Length <= nextUrl)
            {
                yield return mention;
                i += mention.Length;
                continue;
            }

            // Not a mention: skip the whole run of digits, whose inner digits touch a digit anyway.
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
    }

    /// <summary>The date or year starting at <paramref name="at"/>, a digit that does not touch a word before it.</summary>
    private static DateMention? Read(string text, int at)
    {
        if (Digits(text, at, 4) is { } year && Char(text, at + 4, '-') && Digits(text, at + 5, 2) is { } month
            && Char(text, at + 7, '-') && Digits(text, at + 8, 2) is { } day
            && Ends(text, at + 10) && Date(year, month, day) is { } isoDate)
        {
            return new DateMention(at, 10, isoDate, false);
        }

        if (Digits(text, at, 2) is { } d && Char(text, at + 2, '/') && Digits(text, at + 3, 2) is { } m
            && Char(text, at + 5, '/') && Digits(text, at + 6, 4) is { } y
            && Ends(text, at + 10) && Date(y, m, d) is { } frenchDate)
        {
            return new DateMention(at, 10, frenchDate, false);
        }

        if (Digits(text, at, 4) is { } alone and >= 2000 and <= 2099 && Ends(text, at + 4))
        {
            return new DateMention(at, 4, new LocalDate(alone, 12, 31), true);
        }

        return null;
    }

    private static LocalDate? Date(int year, int month, int day) =>
        year is >= 2000 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    private static int? Digits(string text, int at, int count)
    {
        if (at + count > text.Length)
        {
            return null;
        }

        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return null;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static bool Char(string text, int at, char expected) => at < text.Length && text[at] == expected;

    private static bool Ends(string text, int at) => !TouchesWord(text, at, before: false);

    /// <summary>Whether the character at <paramref name="at"/> (the one just before or just after a candidate) is a letter or a digit.</summary>
    private static bool TouchesWord(string text, int at, bool before)
    {
        if (at < 0 || at >= text.Length)
        {
            return false;
        }

        var status = before
            ? Rune.DecodeLastFromUtf16(text.AsSpan(0, at + 1), out var rune, out _)
            : Rune.DecodeFromUtf16(text.AsSpan(at), out rune, out _);
        return status == System.Buffers.OperationStatus.Done && Rune.IsLetterOrDigit(rune);
    }
}
