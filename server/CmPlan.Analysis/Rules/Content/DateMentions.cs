using NodaTime;

namespace CmPlan.Analysis.Rules.Content;

/// <summary>
/// Finds the dates a text mentions (contract §5, Date mentions), left to right, the longest form
/// first at each word: <c>YYYY-MM-DD</c>, <c>DD/MM/YYYY</c>, <c>DD.MM.YYYY</c>, <c>D month YYYY</c>,
/// <c>Month D, YYYY</c> (full dates); <c>month YYYY</c>; <c>D month</c>, <c>Month D</c>, <c>DD/MM</c>
/// (day-months); a year 2000–2099 that does not follow an origin word. Month names are French or
/// English in any case, with or without accents; <c>1er</c> is day 1. Every form is a whole word
/// (it touches no letter, digit or <c>_</c>), and no part of a matched form is read again: nor is
/// any part of <c>21/03/27</c>, a date with a two-digit year, which is no mention at all. Nothing
/// inside an http(s) URL counts.
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

            var nextUrl = url < urls.Count ? urls[url].Start : text.Length;
            if (nextUrl <= i)
            {
                i = urls[url].Start + urls[url].Length;
                continue;
            }

            if (!DateWords.WordAt(text, i) || DateWords.WordBefore(text, i))
            {
                i++;
                continue;
            }

            var (length, mention) = char.IsAsciiDigit(text[i]) ? ReadFromNumber(text, i) : ReadFromMonth(text, i);
            if (length > 0 && i + length <= nextUrl)
            {
                if (mention is not null)
                {
                    yield return mention;
                }

                i += length;
                continue;
            }

            // No date starts with this word: skip it whole, its inner characters touch it anyway.
            do
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            }
            while (DateWords.WordAt(text, i));
        }
    }

    /// <summary>The form starting with the number at <paramref name="at"/>: its length (0: none) and the mention (null: a form that mentions nothing).</summary>
    private static (int Length, DateMention? Mention) ReadFromNumber(string text, int at)
    {
        if (Number(text, at, 4, 4) is { } isoYear && Char(text, at + 4, '-') && Number(text, at + 5, 2, 2) is { } isoMonth
            && Char(text, at + 7, '-') && Number(text, at + 8, 2, 2) is { } isoDay
            && Ends(text, at + 10) && IsDate(isoYear, isoMonth, isoDay))
        {
            return (10, new DateMention(at, 10, DateMentionKind.FullDate, isoYear, isoMonth, isoDay));
        }

        if (Number(text, at, 2, 2) is { } day && text.Length > at + 2 && text[at + 2] is '/' or '.' && Number(text, at + 3, 2, 2) is { } month
            && Char(text, at + 5, text[at + 2]))
        {
            if (Number(text, at + 6, 4, 4) is { } year && Ends(text, at + 10) && IsDate(year, month, day))
            {
                return (10, new DateMention(at, 10, DateMentionKind.FullDate, year, month, day));
            }

            if (Number(text, at + 6, 2, 2) is not null && Ends(text, at + 8))
            {
                return (8, null);
            }
        }

        if (Day(text, at) is { } written)
        {
            var monthAt = SkipBlanks(text, at + written.Length);
            if (monthAt > at + written.Length && MonthWord(text, monthAt) is { } named && IsDayOfMonth(written.Day, named.Month))
            {
                var afterMonth = monthAt + named.Length;
                var yearAt = SkipBlanks(text, afterMonth);
                if (yearAt > afterMonth && Number(text, yearAt, 4, 4) is { } year && Ends(text, yearAt + 4) && IsDate(year, named.Month, written.Day))
                {
                    return (yearAt + 4 - at, new DateMention(at, yearAt + 4 - at, DateMentionKind.FullDate, year, named.Month, written.Day));
                }

                return (afterMonth - at, new DateMention(at, afterMonth - at, DateMentionKind.DayMonth, 0, named.Month, written.Day));
            }
        }

        // A numeric day-month is exactly DD/MM, and not the start of a longer numeric date.
        if (Number(text, at, 2, 2) is { } d && Char(text, at + 2, '/') && Number(text, at + 3, 2, 2) is { } m && Ends(text, at + 5)
            && !(text.Length > at + 6 && text[at + 5] is '/' or '.' && char.IsAsciiDigit(text[at + 6]))
            && IsDayOfMonth(d, m))
        {
            return (5, new DateMention(at, 5, DateMentionKind.DayMonth, 0, m, d));
        }

        if (Number(text, at, 4, 4) is { } alone and >= 2000 and <= 2099 && Ends(text, at + 4))
        {
            // An origin ("depuis 2005") is no end: the year is read, and mentions nothing.
            return (4, DateWords.FollowsOrigin(text, at) ? null : new DateMention(at, 4, DateMentionKind.Year, alone, 12, 31));
        }

        return (0, null);
    }

    /// <summary>The form starting with the month name at <paramref name="at"/>: <c>Month D, YYYY</c>, <c>month YYYY</c> or <c>Month D</c>.</summary>
    private static (int Length, DateMention? Mention) ReadFromMonth(string text, int at)
    {
        if (MonthWord(text, at) is not { } named)
        {
            return (0, null);
        }

        var afterMonth = at + named.Length;
        var next = SkipBlanks(text, afterMonth);
        if (next == afterMonth)
        {
            return (0, null);
        }

        if (Number(text, next, 1, 2) is { } day && Ends(text, next + Digits(text, next)) && IsDayOfMonth(day, named.Month))
        {
            var afterDay = next + Digits(text, next);
            var comma = Char(text, afterDay, ',') ? afterDay + 1 : afterDay;
            var yearAt = SkipBlanks(text, comma);
            if ((yearAt > comma || comma > afterDay) && Number(text, yearAt, 4, 4) is { } year && Ends(text, yearAt + 4) && IsDate(year, named.Month, day))
            {
                return (yearAt + 4 - at, new DateMention(at, yearAt + 4 - at, DateMentionKind.FullDate, year, named.Month, day));
            }

            return (afterDay - at, new DateMention(at, afterDay - at, DateMentionKind.DayMonth, 0, named.Month, day));
        }

        if (Number(text, next, 4, 4) is { } monthYear && Ends(text, next + 4))
        {
            var last = CalendarSystem.Iso.GetDaysInMonth(monthYear, named.Month);
            return (next + 4 - at, new DateMention(at, next + 4 - at, DateMentionKind.MonthYear, monthYear, named.Month, last));
        }

        return (0, null);
    }

    /// <summary>A day written before a month name: one or two digits, or <c>1er</c>, as a whole word.</summary>
    private static (int Day, int Length)? Day(string text, int at)
    {
        var digits = Digits(text, at);
        if (digits is < 1 or > 2 || Number(text, at, digits, digits) is not { } day)
        {
            return null;
        }

        if (day == 1 && digits == 1 && text.Length >= at + 3 && text.AsSpan(at + 1, 2).Equals("er", StringComparison.OrdinalIgnoreCase) && Ends(text, at + 3))
        {
            return (1, 3);
        }

        return Ends(text, at + digits) ? (day, digits) : null;
    }

    /// <summary>The month named by the whole word at <paramref name="at"/>, and the word's length.</summary>
    private static (int Month, int Length)? MonthWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            end++;
        }

        return end > at && !DateWords.WordAt(text, end) && DateWords.Month(text.AsSpan(at, end - at)) is var month and > 0 ? (month, end - at) : null;
    }

    private static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    /// <summary>Whether the day exists in that month in some year (29 February does, in leap years).</summary>
    private static bool IsDayOfMonth(int day, int month) => month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month);

    private static int Digits(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - at;
    }

    /// <summary>The number written with <paramref name="min"/> to <paramref name="max"/> ASCII digits at <paramref name="at"/>, and no digit after.</summary>
    private static int? Number(string text, int at, int min, int max)
    {
        var count = Digits(text, at);
        if (count < min || count > max)
        {
            return null;
        }

        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static int SkipBlanks(string text, int at)
    {
        while (at < text.Length && DateWords.IsBlank(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool Char(string text, int at, char expected) => at < text.Length && text[at] == expected;

    private static bool Ends(string text, int at) => !DateWords.WordAt(text, at);
}
