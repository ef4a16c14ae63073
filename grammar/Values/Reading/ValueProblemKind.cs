namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// The kinds of <see cref="ValueProblem"/>: what is wrong with a value, then the sentences that may
/// follow it (what to write, why). The fields each kind fills are named beside it.
/// </summary>
public enum ValueProblemKind
{
    /// <summary><c>Key</c> expects <c>Form</c>, not <c>Text</c>.</summary>
    NotOfForm,

    /// <summary>The quoted text of <c>Key</c> has no closing quote.</summary>
    NoClosingQuote,

    /// <summary><c>Key</c>'s web address <c>Text</c> is followed by the character <c>First</c> (a code point).</summary>
    UrlForbidden,

    /// <summary>The number <c>Text</c> is too large.</summary>
    TooLargeNumber,

    /// <summary><c>Text</c> (with its %) is over 100%.</summary>
    NotAPercent,

    /// <summary><c>Text</c> is no escape of a quoted string.</summary>
    NotAnEscape,

    /// <summary><c>Text</c> is no severity.</summary>
    NotASeverity,

    /// <summary>The date <c>Text</c> has no month 1 to 12.</summary>
    NoSuchMonth,

    /// <summary>The date <c>Text</c> has no such day: month <c>Second</c> of year <c>First</c> has <c>Third</c> days.</summary>
    NoSuchDay,

    /// <summary>The time <c>Text</c> is past 23:59.</summary>
    NoSuchTime,

    /// <summary>The duration <c>Text</c> is too long.</summary>
    DurationTooLong,

    /// <summary>The duration <c>Text</c> is zero.</summary>
    ZeroDuration,

    /// <summary>The bound keyword <c>Text</c> (times, until) appears twice.</summary>
    BoundTwice,

    /// <summary><c>Text</c> is an offset; <c>Other</c> a city at that offset, <c>Example</c> its fixed-offset zone (null: none).</summary>
    ZoneOffset,

    /// <summary><c>Text</c> is a zone abbreviation; <c>Other</c> a city that uses it.</summary>
    ZoneAbbreviation,

    /// <summary><c>Text</c> is no known zone, and none is close.</summary>
    UnknownZone,

    /// <summary><c>Text</c> is no known zone; <c>Other</c> is the closest.</summary>
    MisspeltZone,

    /// <summary>Follows: write <c>Text</c>.</summary>
    Write,

    /// <summary>Follows: the date was read day first, day <c>First</c> of month <c>Second</c>.</summary>
    DayFirst,

    /// <summary>Follows: <c>Text</c>m could be minutes or months.</summary>
    MinutesOrMonths,

    /// <summary>Follows: quotes around a text are straight.</summary>
    StraightQuotes,

    /// <summary>Follows: a quote inside a quoted text is escaped.</summary>
    EscapeInnerQuote,

    /// <summary>Follows: the text goes between straight quotes.</summary>
    AddQuotes,
}
