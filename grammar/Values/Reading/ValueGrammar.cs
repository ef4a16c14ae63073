using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;
using Sprache;
using static CmPlan.Grammar.Values.Reading.Combinators;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Sprache parsers for the value forms of contract §2. Each recognises a form and yields a
/// <see cref="Checked{T}"/> that says whether the value is valid; spans are relative to the value.
/// Alternatives are tried only where a keyword or first character decides, so little backtracks.
/// </summary>
internal static class ValueGrammar
{
    internal static readonly Parser<string> AsciiDigits = Runs.Of(char.IsAsciiDigit, char.IsAsciiDigit, "digit");

    internal static readonly Parser<string> Blanks = Runs.Of(IsBlank, IsBlank, "a blank");

    /// <summary>A comma, then any number of spaces: the separator of id and day lists.</summary>
    internal static readonly Parser<char> ListSeparator = Parse.Char(',').And(Runs.Many(c => c == ' '), First);

    internal static Parser<string> Digits(int count) => Runs.Exactly(count, char.IsAsciiDigit, "digit");

    internal static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsNotWhiteSpace(char c) => !char.IsWhiteSpace(c);

    internal static int ToInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    public static readonly Parser<Checked<int>> Int =
        AsciiDigits.Spanned().Map(s => int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Checked<int>.Ok(value, s.Span)
            : Checked<int>.Fail(s.Span, new ValueProblem(ValueProblemKind.TooLargeNumber, s.Value)));

    public static readonly Parser<Checked<int>> Percent =
        AsciiDigits.And(Parse.Char('%'), First).Spanned().Map(s =>
            int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100
                ? Checked<int>.Ok(value, s.Span)
                : Checked<int>.Fail(s.Span, new ValueProblem(ValueProblemKind.NotAPercent, s.Value + "%")));

    private static readonly Parser<string> IdentText =
        Runs.Of(char.IsLetterOrDigit, c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' || IsCombiningMark(c), "an id");

    /// <summary>A combining accent (e + U+0301 is é typed in two code points): part of the letter before it.</summary>
    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static readonly Parser<Checked<string>> Ident =
        IdentText.Spanned().Map(s => Checked<string>.Ok(s.Value, s.Span));

    public static readonly Parser<Checked<ImmutableArray<Located<string>>>> IdList =
        IdentText.Spanned().ListOf(ListSeparator).Spanned().Map(list => Checked<ImmutableArray<Located<string>>>.Ok(
            [.. list.Value.Select(id => new Located<string>(id.Value, id.Span))],
            list.Span));

    /// <summary>A character of a quoted string that is neither its end nor an escape.</summary>
    private static bool IsPlain(char c) => c is not ('"' or '\\');

    private static readonly Parser<string> Escape =
        Parse.Char('\\').And(Parse.AnyChar, (_, c) => c switch { '"' => "\"", '\\' => "\\", 'n' => "\n", _ => "\\" + c });

    public static readonly Parser<Checked<string>> QuotedString =
        Parse.Char('"').And(Escape.Or(Runs.Of(IsPlain, IsPlain, "text")).Many(), Second).And(Parse.Char('"'), First).Spanned().Map(s =>
        {
            var parts = s.Value.ToList();
            var bad = parts.FirstOrDefault(p => p.Length == 2 && p[0] == '\\');
            return bad is null
                ? Checked<string>.Ok(string.Concat(parts), s.Span)
                : Checked<string>.Fail(s.Span, new ValueProblem(ValueProblemKind.NotAnEscape, bad));
        });

    public static readonly Parser<Checked<string>> Url =
        Runs.Word(("https://", "https://"), ("http://", "http://")).And(Runs.Many(IsNotWhiteSpace), string.Concat).Spanned()
            .Map(s => Checked<string>.Ok(s.Value, s.Span));

    public static readonly Parser<Checked<string>> Word =
        Runs.Of(IsNotWhiteSpace, IsNotWhiteSpace, "non-blank").Spanned().Map(s => Checked<string>.Ok(s.Value, s.Span));

    public static readonly Parser<Checked<SeverityValue>> Severity =
        Runs.Of(char.IsLetter, char.IsLetter, "a letter").Spanned().Map(s => s.Value switch
        {
            "error" => Checked<SeverityValue>.Ok(SeverityValue.Error, s.Span),
            "warning" => Checked<SeverityValue>.Ok(SeverityValue.Warning, s.Span),
            "info" => Checked<SeverityValue>.Ok(SeverityValue.Info, s.Span),
            "hint" => Checked<SeverityValue>.Ok(SeverityValue.Hint, s.Span),
            "off" => Checked<SeverityValue>.Ok(SeverityValue.Off, s.Span),
            _ => Checked<SeverityValue>.Fail(s.Span, new ValueProblem(ValueProblemKind.NotASeverity, Text.Quote.Cut(s.Value))),
        });

    public static readonly Parser<Checked<RuleSetting>> Rule =
        IdentText.Spanned().And(Blanks, First).And(Severity, (id, severity) =>
            severity.Map(v => new RuleSetting(new Located<string>(id.Value, id.Span), new Located<SeverityValue>(v, severity.Span))));
}
