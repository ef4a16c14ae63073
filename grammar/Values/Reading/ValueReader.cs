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

        var result = Read(key, value, ValueGrammar.QuotedString, "a quoted text, like \"Bonjour !\"");
        return result.IsValid || Matches(ValueGrammar.QuotedString, text) || QuoteRewrites.Of(text) is not { } rewrite
            ? result
            : ValueResult<string>.Fail(new ValueError(value.Span, $"{result.Error.Message} {rewrite.Advice} Write '{Quote.Cut(rewrite.Text)}'.", Replacement.Write(value.Span, rewrite.Text)));
    }

    public static ValueResult<string> Url(string key, SyntaxToken value)
    {
        // A control character or a blank would reach every output that prints the address (a
        // terminal, an ICS file): refused, and never echoed — the message shows its code point.
        var bad = FirstForbidden(value.Text);
        if (bad >= 0 && value.Text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            var c = value.Text[bad];
            var what = char.IsControl(c) ? "a control character" : "a blank";
            var encoded = c == ' ' ? " (write a space as %20)" : string.Empty;
            return ValueResult<string>.Fail(new ValueError(
                value.Span.Sub(bad, 1),
                $"'{key}' expects a web address, and '{Quote.Cut(value.Text[..bad])}' is followed by {what}, U+{(int)c:X4}: a web address has neither{encoded}."));
        }

        return Read(key, value, ValueGrammar.Url, "a web address starting with https:// or http://");
    }

    /// <summary>The first blank (Unicode white space) or control character (C0, DEL, C1) in a URL, else -1.</summary>
    private static int FirstForbidden(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            if (char.IsWhiteSpace(url[i]) || char.IsControl(url[i]))
            {
                return i;
            }
        }

        return -1;
    }

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

    /// <summary>An IANA zone id from the tzdb that ships with NodaTime; for anything else, <see cref="ZoneAdvice"/>.</summary>
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

        var message = ZoneAdvice.Message(value.Text, provider, out var suggestion);
        return ValueResult<DateTimeZone>.Fail(new ValueError(value.Span, message, suggestion is null ? null : Replacement.Write(value.Span, suggestion, isSafe: false)));
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
            var message = $"'{key}' expects {expected}, not '{Quote.Cut(value.Text)}'.";
            var rewrite = ValueRewriter.Find(value.Text, text => Reads(parser, text), ReferenceEquals(parser, ScheduleGrammar.Slots), out var ambiguity);
            return ValueResult<T>.Fail(rewrite is null
                ? new ValueError(value.Span, ambiguity is null ? message : $"{message} {ambiguity}")
                : new ValueError(value.Span, $"{message} Write '{rewrite.Text}'.{rewrite.Note}", Replacement.Write(value.Span, rewrite.Text)));
        }

        var parsed = result.Value;
        if (!parsed.IsValid)
        {
            return ValueResult<T>.Fail(new ValueError(value.Span.Sub(parsed.Span.Start, parsed.Span.Length), parsed.Error!));
        }

        var located = shift is null ? parsed.Value! : shift(parsed.Value!, value.Span.Start);
        return ValueResult<T>.Ok(new Located<T>(located, value.Span));
    }

    /// <summary>Whether <paramref name="text"/> has the form, valid or not.</summary>
    private static bool Matches<T>(Parser<Checked<T>> parser, string text) =>
        parser(new LineInput(text, 0)) is { WasSuccessful: true, Remainder.AtEnd: true };

    private static bool Reads<T>(Parser<Checked<T>> parser, string text) =>
        parser(new LineInput(text, 0)) is { WasSuccessful: true, Remainder.AtEnd: true } result && result.Value.IsValid;

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
}
