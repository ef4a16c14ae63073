using System.Collections.Immutable;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;
using Sprache;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Reads a property's raw value as one of the value forms of contract §2. A value of the wrong
/// form, or of the right form but not valid, is a <see cref="ValueError"/> naming the key, what it
/// expects and an example. Never throws.
/// </summary>
public static class ValueReader
{
    public static ValueResult<int> Int(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Int, "a whole number, like 10");

    public static ValueResult<int> Percent(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Percent, "a percent, like 50%");

    public static ValueResult<LocalDate> Date(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.Date, "a date, like 2027-03-02");

    public static ValueResult<LocalDateTime> DateTime(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.DateTime, "a date and time, like 2027-03-02 09:00");

    public static ValueResult<DateTimeValue> DateOrDateTime(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.DateOrDateTime, "a date or a date and time, like 2027-03-25 or 2027-03-25 18:00");

    public static ValueResult<PlanDuration> Duration(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.Duration, "a duration, like 7d (a number and min, h, d, w or mo)");

    public static ValueResult<string> Ident(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Ident, "an id, like spring-sale (letters, digits, -, _ and .)");

    public static ValueResult<ImmutableArray<Located<string>>> IdList(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.IdList, "ids separated by commas, like x, insta", (v, d) => v.Shift(d));

    public static ValueResult<string> QuotedString(string key, SyntaxToken value)
    {
        var text = value.Text;
        if (text.StartsWith('"') && !EndsWithUnescapedQuote(text))
        {
            return ValueResult<string>.Fail(new ValueError(value.Span, $"The quoted text of '{key}' has no closing \"."));
        }

        return Read(key, value, ValueGrammar.QuotedString, "a quoted text, like \"Bonjour !\"");
    }

    public static ValueResult<string> Url(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Url, "a web address starting with https:// or http://");

    public static ValueResult<SeverityValue> Severity(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Severity, "a severity: error, warning, info, hint or off");

    public static ValueResult<RuleSetting> Rule(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Rule, "a rule id and a severity, like whitespace off", (v, d) => v.Shift(d));

    public static ValueResult<SlotsValue> Slots(string key, SyntaxToken value) =>
        Read(key, value, ScheduleGrammar.Slots, "days and times, like weekdays 09:00 12:30 or mon, thu 18:00");

    public static ValueResult<RepeatValue> Repeat(string key, SyntaxToken value) =>
        Read(key, value, ScheduleGrammar.Repeat, "every <duration> [times <n>] [until <date>], like every 7d times 3", (v, d) => v.Shift(d));

    public static ValueResult<RecycleValue> Recycle(string key, SyntaxToken value) =>
        Read(key, value, ScheduleGrammar.Recycle, "[until <date>] [times <n>], like until 2027-04-30 or times 2", (v, d) => v.Shift(d));

    /// <summary>An IANA zone id from the tzdb that ships with NodaTime, with a suggestion for near misses.</summary>
    public static ValueResult<DateTimeZone> TimeZone(string key, SyntaxToken value)
    {
        var word = Read(key, value, ValueGrammar.Word, "a time zone, like Europe/Paris");
        if (!word.IsValid)
        {
            return ValueResult<DateTimeZone>.Fail(word.Error);
        }

        var provider = DateTimeZoneProviders.Tzdb;
        if (provider.GetZoneOrNull(value.Text) is { } zone)
        {
            return ValueResult<DateTimeZone>.Ok(new Located<DateTimeZone>(zone, value.Span));
        }

        var suggestion = provider.Ids.FirstOrDefault(id => string.Equals(id, value.Text, StringComparison.OrdinalIgnoreCase))
            ?? Suggestions.Closest(value.Text, provider.Ids, 3);
        var hint = suggestion is null ? " Use an IANA id like Europe/Paris or UTC." : $" Did you mean {suggestion}?";
        return ValueResult<DateTimeZone>.Fail(new ValueError(value.Span, $"'{value.Text}' is not a known time zone.{hint}"));
    }

    private static ValueResult<T> Read<T>(
        string key,
        SyntaxToken value,
        Parser<Checked<T>> parser,
        string expected,
        Func<T, int, T>? shift = null)
    {
        // A line input rather than Sprache's own, which allocates a memo table per character; the
        // remainder check is End()'s, without building an End() parser per value.
        var result = parser(new LineInput(value.Text, 0));
        if (!result.WasSuccessful || !result.Remainder.AtEnd)
        {
            return ValueResult<T>.Fail(new ValueError(value.Span, $"'{key}' expects {expected}, not '{Abbreviate(value.Text)}'."));
        }

        var parsed = result.Value;
        if (!parsed.IsValid)
        {
            return ValueResult<T>.Fail(new ValueError(value.Span.Sub(parsed.Span.Start, parsed.Span.Length), parsed.Error!));
        }

        var located = shift is null ? parsed.Value! : shift(parsed.Value!, value.Span.Start);
        return ValueResult<T>.Ok(new Located<T>(located, value.Span));
    }

    private static bool EndsWithUnescapedQuote(string text)
    {
        if (text.Length < 2 || text[^1] != '"')
        {
            return false;
        }

        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
