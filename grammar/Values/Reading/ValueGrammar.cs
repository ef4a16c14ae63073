using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Grammar.Text;
using Sprache;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Sprache parsers for the value forms of contract §2. Each recognises a form and yields a
/// <see cref="Checked{T}"/> that says whether the value is valid; spans are relative to the value.
/// Alternatives are tried only where a keyword or first character decides, so little backtracks.
/// </summary>
internal static partial class ValueGrammar
{
    private static readonly Parser<char> AsciiDigit = Parse.Char(c => c is >= '0' and <= '9', "digit");

    private static readonly Parser<string> AsciiDigits = AsciiDigit.AtLeastOnce().Text();

    private static readonly Parser<IEnumerable<char>> Blanks = Parse.Chars(' ', '\t').AtLeastOnce();

    /// <summary>A comma, then any number of spaces: the separator of id and day lists.</summary>
    private static readonly Parser<char> ListSeparator =
        from comma in Parse.Char(',')
        from spaces in Parse.Char(' ').Many()
        select comma;

    private static TextSpan Rel<T>(ITextSpan<T> span) => new(span.Start.Pos, span.Length);

    private static Parser<string> Digits(int count) => AsciiDigit.Repeat(count).Text();

    private static int ToInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    public static readonly Parser<Checked<int>> Int =
        AsciiDigits.Span().Select(s => int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Checked<int>.Ok(value, Rel(s))
            : Checked<int>.Fail(Rel(s), $"{s.Value} is too large a number."));

    public static readonly Parser<Checked<int>> Percent =
        (from digits in AsciiDigits from sign in Parse.Char('%') select digits).Span().Select(s =>
            int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100
                ? Checked<int>.Ok(value, Rel(s))
                : Checked<int>.Fail(Rel(s), $"{s.Value}% is not a percent: it goes from 0% to 100%."));

    private static readonly Parser<string> IdentText = Parse.Identifier(
        Parse.LetterOrDigit,
        Parse.LetterOrDigit.Or(Parse.Chars('-', '_', '.')));

    public static readonly Parser<Checked<string>> Ident =
        IdentText.Span().Select(s => Checked<string>.Ok(s.Value, Rel(s)));

    public static readonly Parser<Checked<ImmutableArray<Located<string>>>> IdList =
        IdentText.Span().DelimitedBy(ListSeparator).Span().Select(list => Checked<ImmutableArray<Located<string>>>.Ok(
            [.. list.Value.Select(id => new Located<string>(id.Value, Rel(id)))],
            Rel(list)));

    private static readonly Parser<string> Escape =
        from backslash in Parse.Char('\\')
        from c in Parse.AnyChar
        select c switch { '"' => "\"", '\\' => "\\", 'n' => "\n", _ => "\\" + c };

    public static readonly Parser<Checked<string>> QuotedString =
        (from open in Parse.Char('"')
         from parts in Escape.Or(Parse.CharExcept("\"\\").AtLeastOnce().Text()).Many()
         from close in Parse.Char('"')
         select parts.ToList()).Span().Select(s =>
        {
            var bad = s.Value.FirstOrDefault(p => p.Length == 2 && p[0] == '\\');
            return bad is null
                ? Checked<string>.Ok(string.Concat(s.Value), Rel(s))
                : Checked<string>.Fail(Rel(s), $"'{bad}' is not an escape in a quoted string: use \\\", \\\\ or \\n.");
        });

    public static readonly Parser<Checked<string>> Url =
        (from scheme in Parse.String("https://").Or(Parse.String("http://")).Text()
         from rest in Parse.Char(c => !char.IsWhiteSpace(c), "non-blank").Many().Text()
         select scheme + rest).Span().Select(s => Checked<string>.Ok(s.Value, Rel(s)));

    public static readonly Parser<Checked<string>> Word =
        Parse.Char(c => !char.IsWhiteSpace(c), "non-blank").AtLeastOnce().Text().Span()
            .Select(s => Checked<string>.Ok(s.Value, Rel(s)));

    public static readonly Parser<Checked<SeverityValue>> Severity =
        Parse.Letter.AtLeastOnce().Text().Span().Select(s => s.Value switch
        {
            "error" => Checked<SeverityValue>.Ok(SeverityValue.Error, Rel(s)),
            "warning" => Checked<SeverityValue>.Ok(SeverityValue.Warning, Rel(s)),
            "info" => Checked<SeverityValue>.Ok(SeverityValue.Info, Rel(s)),
            "hint" => Checked<SeverityValue>.Ok(SeverityValue.Hint, Rel(s)),
            "off" => Checked<SeverityValue>.Ok(SeverityValue.Off, Rel(s)),
            _ => Checked<SeverityValue>.Fail(Rel(s), $"'{s.Value}' is not a severity: use error, warning, info, hint or off."),
        });

    public static readonly Parser<Checked<RuleSetting>> Rule =
        from id in IdentText.Span()
        from blanks in Blanks
        from severity in Severity
        select severity.Map(v => new RuleSetting(new Located<string>(id.Value, Rel(id)), new Located<SeverityValue>(v, severity.Span)));
}
