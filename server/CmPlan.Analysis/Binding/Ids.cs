using System.Collections.Immutable;
using System.Globalization;
using CmPlan.Analysis.Rules.Content.Unicode;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;
using CmPlan.Grammar.Values.Reading;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// Ids as the model compares them: in Unicode normalization form C, so <c>réseau</c> typed with a
/// combining accent (e + U+0301) is the same id as with the composed é (contract §5). Spans stay
/// those of the source.
/// </summary>
internal static class Ids
{
    public static ValueResult<string> Ident(string key, SyntaxToken value) => Normalized(ValueReader.Ident(key, value));

    public static ValueResult<ImmutableArray<Located<string>>> IdList(string key, SyntaxToken value)
    {
        var result = ValueReader.IdList(key, value);
        return result.Located is { } list && list.Value.Any(id => Nfc.Normalize(id.Value) != id.Value)
            ? ValueResult<ImmutableArray<Located<string>>>.Ok(list with { Value = [.. list.Value.Select(id => id with { Value = Nfc.Normalize(id.Value) })] })
            : result;
    }

    private static ValueResult<string> Normalized(ValueResult<string> result) =>
        result.Located is { } id && Nfc.Normalize(id.Value) is var normal && normal != id.Value
            ? ValueResult<string>.Ok(id with { Value = normal })
            : result;

    /// <summary>
    /// Whether two different ids look the same: equal once invisible characters (format characters,
    /// variation selectors) are dropped and letters that look Latin (Cyrillic а, Greek ο…) read as Latin.
    /// </summary>
    public static bool LookAlike(string a, string b) => a != b && Skeleton(a) == Skeleton(b);

    private static readonly Dictionary<char, char> Confusables = new()
    {
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['х'] = 'x',
        ['у'] = 'y',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['ԁ'] = 'd',
        ['ӏ'] = 'l',
        ['А'] = 'A',
        ['Е'] = 'E',
        ['О'] = 'O',
        ['Р'] = 'P',
        ['С'] = 'C',
        ['Х'] = 'X',
        ['Т'] = 'T',
        ['Н'] = 'H',
        ['К'] = 'K',
        ['М'] = 'M',
        ['В'] = 'B',
        ['ο'] = 'o',
        ['α'] = 'a',
        ['ν'] = 'v',
        ['ρ'] = 'p',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['Ο'] = 'O',
        ['Α'] = 'A',
        ['Β'] = 'B',
        ['Ε'] = 'E',
        ['Η'] = 'H',
        ['Ι'] = 'I',
        ['Κ'] = 'K',
        ['Μ'] = 'M',
        ['Ν'] = 'N',
        ['Ρ'] = 'P',
        ['Τ'] = 'T',
        ['Χ'] = 'X',
        ['Υ'] = 'Y',
        ['Ζ'] = 'Z',
        ['ı'] = 'i',
        ['ℓ'] = 'l',
    };

    private static string Skeleton(string id) => string.Concat(Nfc.Normalize(id)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && c is not (>= '\uFE00' and <= '\uFE0F'))
        .Select(c => Confusables.GetValueOrDefault(c, c)));
}
