using System.Globalization;
using System.Text;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Localization;

/// <summary>An <c>invalid-value</c> message in the analysis' language, from the grammar's <see cref="ValueProblem"/>: its sentence, then those that follow it.</summary>
public static class ValueTexts
{
    public static string Of(ValueProblem problem, Words words)
    {
        var text = new StringBuilder(Sentence(problem, words));
        foreach (var next in problem.Then)
        {
            text.Append(Of(next, words));
        }

        return text.ToString();
    }

    private static string Sentence(ValueProblem p, Words words) => p.Kind switch
    {
        ValueProblemKind.NotOfForm => words.Say(MessageId.ValueExpects, ("key", p.Key), ("expected", Expected(p.Form, words)), ("written", p.Text)),
        ValueProblemKind.NoClosingQuote => words.Say(MessageId.ValueNoClosingQuote, ("key", p.Key)),
        ValueProblemKind.UrlForbidden => words.Say(
            MessageId.ValueUrlForbidden,
            ("key", p.Key),
            ("written", p.Text),
            ("what", words.Say(char.IsControl((char)p.First) ? MessageId.ValueControlCharacter : MessageId.ValueBlank)),
            ("code", $"U+{p.First:X4}"),
            ("encoded", p.First == ' ' ? words.Say(MessageId.ValueSpaceEncoded, ("escape", "%20")) : string.Empty)),
        ValueProblemKind.TooLargeNumber => words.Say(MessageId.ValueTooLargeNumber, ("value", p.Text)),
        ValueProblemKind.NotAPercent => words.Say(MessageId.ValueNotAPercent, ("value", p.Text)),
        ValueProblemKind.NotAnEscape => words.Say(MessageId.ValueNotAnEscape, ("escape", p.Text)),
        ValueProblemKind.NotASeverity => words.Say(MessageId.ValueNotASeverity, ("word", p.Text)),
        ValueProblemKind.NoSuchMonth => words.Say(MessageId.ValueNoSuchMonth, ("date", p.Text)),
        ValueProblemKind.NoSuchDay => words.Say(
            MessageId.ValueNoSuchDay,
            ("date", p.Text),
            ("month", words.MonthName(p.Second)),
            ("year", p.First.ToString(CultureInfo.InvariantCulture)),
            ("days", p.Third.ToString(CultureInfo.InvariantCulture))),
        ValueProblemKind.NoSuchTime => words.Say(MessageId.ValueNoSuchTime, ("time", p.Text)),
        ValueProblemKind.DurationTooLong => words.Say(MessageId.ValueDurationTooLong, ("duration", p.Text)),
        ValueProblemKind.ZeroDuration => words.Say(MessageId.ValueZeroDuration, ("duration", p.Text)),
        ValueProblemKind.BoundTwice => words.Say(MessageId.ValueBoundTwice, ("keyword", p.Text)),
        ValueProblemKind.ZoneOffset => words.Say(
            MessageId.ValueZoneOffset,
            ("written", p.Text),
            ("city", p.Other ?? string.Empty),
            ("fixed", p.Example is { } zone ? words.Say(MessageId.ValueFixedOffset, ("zone", zone)) : words.Say(MessageId.ValueFixedOffsetExample))),
        ValueProblemKind.ZoneAbbreviation => words.Say(MessageId.ValueZoneAbbreviation, ("written", p.Text), ("city", p.Other ?? string.Empty)),
        ValueProblemKind.UnknownZone => words.Say(MessageId.ValueUnknownZone, ("written", p.Text)),
        ValueProblemKind.MisspeltZone => words.Say(MessageId.ValueMisspeltZone, ("written", p.Text), ("suggestion", p.Other ?? string.Empty)),
        ValueProblemKind.Write => words.Say(MessageId.WriteSuggestion, ("suggestion", p.Text)),
        ValueProblemKind.DayFirst => words.Say(
            MessageId.ValueDayFirst,
            ("read", DayMonth(words, p.First, p.Second)),
            ("other", DayMonth(words, p.Second, p.First))),
        ValueProblemKind.MinutesOrMonths => words.Say(MessageId.ValueMinutesOrMonths, ("amount", p.Text)),
        ValueProblemKind.StraightQuotes => words.Say(MessageId.ValueStraightQuotes),
        ValueProblemKind.EscapeInnerQuote => words.Say(MessageId.ValueEscapeInnerQuote),
        _ => words.Say(MessageId.ValueAddQuotes),
    };

    /// <summary>"10 March" / "10 mars": a day of a month, no year.</summary>
    private static string DayMonth(Words words, int day, int month) =>
        $"{day.ToString(CultureInfo.InvariantCulture)} {words.MonthName(month)}";

    private static string Expected(ValueForm form, Words words) => form switch
    {
        ValueForm.Int => words.Say(MessageId.ValueFormInt),
        ValueForm.Percent => words.Say(MessageId.ValueFormPercent, ("example", "50%")),
        ValueForm.Date => words.Say(MessageId.ValueFormDate),
        ValueForm.DateTime => words.Say(MessageId.ValueFormDateTime),
        ValueForm.DateOrDateTime => words.Say(MessageId.ValueFormDateOrDateTime),
        ValueForm.Duration => words.Say(MessageId.ValueFormDuration),
        ValueForm.Ident => words.Say(MessageId.ValueFormIdent),
        ValueForm.IdList => words.Say(MessageId.ValueFormIdList),
        ValueForm.QuotedString => words.Say(MessageId.ValueFormQuotedString, ("example", "\"Bonjour !\"")),
        ValueForm.Url => words.Say(MessageId.ValueFormUrl),
        ValueForm.Severity => words.Say(MessageId.ValueFormSeverity),
        ValueForm.Rule => words.Say(MessageId.ValueFormRule),
        ValueForm.Slots => words.Say(MessageId.ValueFormSlots),
        ValueForm.Repeat => words.Say(MessageId.ValueFormRepeat),
        ValueForm.Recycle => words.Say(MessageId.ValueFormRecycle),
        _ => words.Say(MessageId.ValueFormTimeZone),
    };
}
