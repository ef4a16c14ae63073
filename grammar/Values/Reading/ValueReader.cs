using System.Collections.Immutable;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;
using Sprache;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Reads a property's raw value as one of the value forms of contract §2. A value of the wrong
/// form, or of the right form but not valid, is a <see cref="ValueError"/> whose <see cref="ValueProblem"/>
/// names the key and the form it expects (the analysis words it, with an example). Never throws.
/// </summary>
public static class ValueReader
{
    public static ValueResult<int> Int(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Int, ValueForm.Int);

    public static ValueResult<int> Percent(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Percent, ValueForm.Percent);

    public static ValueResult<LocalDate> Date(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.Date, ValueForm.Date);

    public static ValueResult<LocalDateTime> DateTime(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.DateTime, ValueForm.DateTime);

    public static ValueResult<DateTimeValue> DateOrDateTime(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.DateOrDateTime, ValueForm.DateOrDateTime);

    public static ValueResult<PlanDuration> Duration(string key, SyntaxToken value) =>
        Read(key, value, TimeGrammar.Duration, ValueForm.Duration);

    public static ValueResult<string> Ident(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Ident, ValueForm.Ident);

    public static ValueResult<ImmutableArray<Located<string>>> IdList(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.IdList, ValueForm.IdList, (v, d) => v.Shift(d));

    public static ValueResult<string> QuotedString(string key, SyntaxToken value)
    {
        var text = value.Text;
        if (text.StartsWith('"') && !EndsWithUnescapedQuote(text))
        {
            return ValueResult<string>.Fail(new ValueError(value.Span, new ValueProblem(ValueProblemKind.NoClosingQuote) { Key = key }));
        }

        var result = Read(key, value, ValueGrammar.QuotedString, ValueForm.QuotedString);
        return result.IsValid || Matches(ValueGrammar.QuotedString, text) || QuoteRewrites.Of(text) is not { } rewrite
            ? result
            : ValueResult<string>.Fail(new ValueError(
                value.Span,
                result.Error.Problem.Followed(new ValueProblem(rewrite.Advice), new ValueProblem(ValueProblemKind.Write, Quote.Cut(rewrite.Text))),
                Replacement.Write(value.Span, rewrite.Text)));
    }

    public static ValueResult<string> Url(string key, SyntaxToken value)
    {
        // A control character or a blank would reach every output that prints the address (a
        // terminal, an ICS file): refused, and never echoed — the message shows its code point.
        var bad = FirstForbidden(value.Text);
        if (bad >= 0 && value.Text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return ValueResult<string>.Fail(new ValueError(
                value.Span.Sub(bad, 1),
                new ValueProblem(ValueProblemKind.UrlForbidden, Quote.Cut(value.Text[..bad])) { Key = key, First = value.Text[bad] }));
        }

        return Read(key, value, ValueGrammar.Url, ValueForm.Url);
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
        Read(key, value, ValueGrammar.Severity, ValueForm.Severity);

    public static ValueResult<RuleSetting> Rule(string key, SyntaxToken value) =>
        Read(key, value, ValueGrammar.Rule, ValueForm.Rule, (v, d) => v.Shift(d));

    public static ValueResult<SlotsValue> Slots(string key, SyntaxToken value) =>
        Read(key, value, ScheduleGrammar.Slots, ValueForm.Slots);

    public static ValueResult<RepeatValue> Repeat(string key, SyntaxToken value) =>
        Read(key, value, ScheduleGrammar.Repeat, ValueForm.Repeat, (v, d) => v.Shift(d));

    public static ValueResult<RecycleValue> Recycle(string key, SyntaxToken value) =>
        Read(key, value, ScheduleGrammar.Recycle, ValueForm.Recycle, (v, d) => v.Shift(d));

    /// <summary>An IANA zone id from the tzdb that ships with NodaTime; for anything else, <see cref="ZoneAdvice"/>.</summary>
    public static ValueResult<DateTimeZone> TimeZone(string key, SyntaxToken value)
    {
        var word = Read(key, value, ValueGrammar.Word, ValueForm.TimeZone);
        if (!word.IsValid)
        {
            return ValueResult<DateTimeZone>.Fail(word.Error);
        }

        var provider = DateTimeZoneProviders.Tzdb;
        if (provider.GetZoneOrNull(value.Text) is { } zone)
        {
            return ValueResult<DateTimeZone>.Ok(new Located<DateTimeZone>(zone, value.Span));
        }

        var problem = ZoneAdvice.Problem(value.Text, provider, out var suggestion);
        return ValueResult<DateTimeZone>.Fail(new ValueError(value.Span, problem, suggestion is null ? null : Replacement.Write(value.Span, suggestion, isSafe: false)));
    }

    private static ValueResult<T> Read<T>(
        string key,
        SyntaxToken value,
        Parser<Checked<T>> parser,
        ValueForm expected,
        Func<T, int, T>? shift = null)
    {
        // A line input rather than Sprache's own, which allocates a memo table per character; the
        // remainder check is End()'s, without building an End() parser per value.
        var result = parser(new LineInput(value.Text, 0));
        if (!result.WasSuccessful || !result.Remainder.AtEnd)
        {
            var problem = new ValueProblem(ValueProblemKind.NotOfForm, Quote.Cut(value.Text)) { Key = key, Form = expected };
            var rewrite = ValueRewriter.Find(value.Text, text => Reads(parser, text), ReferenceEquals(parser, ScheduleGrammar.Slots), out var ambiguity);
            return ValueResult<T>.Fail(rewrite is null
                ? new ValueError(value.Span, ambiguity is null ? problem : problem.Followed(ambiguity))
                : new ValueError(value.Span, problem.Followed([new ValueProblem(ValueProblemKind.Write, rewrite.Text), .. rewrite.Notes]), Replacement.Write(value.Span, rewrite.Text)));
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
