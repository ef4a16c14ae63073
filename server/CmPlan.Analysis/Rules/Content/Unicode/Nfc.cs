using System.Text;

namespace CmPlan.Analysis.Rules.Content.Unicode;

/// <summary>
/// Unicode normalization form C, in managed code. The project runs with invariant globalization,
/// where <see cref="string.Normalize()"/> leaves non-ASCII text as it is; X counts the composed form,
/// so "e" + U+0301 must count as the one character "é". Data: <see cref="NfcData"/> (see its generator
/// for the one deliberate gap). Lone surrogates become U+FFFD.
/// </summary>
public static class Nfc
{
    private const int HangulBase = 0xAC00, HangulCount = 11172;
    private const int LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28, LeadCount = 19;

    private static readonly Dictionary<int, (int First, int Second)> Decompositions = ReadDecompositions();
    private static readonly Dictionary<long, int> Compositions = ReadCompositions();

    /// <summary>A copy of the generated table: the span property would be rebuilt on every read until the JIT optimizes it.</summary>
    private static readonly int[] CombiningClasses = NfcData.CombiningClasses.ToArray();

    /// <summary>The code points that compose with a starter before them (the second half of a primary composite).</summary>
    private static readonly HashSet<int> Seconds = [.. Compositions.Keys.Select(key => (int)(key & 0x1F_FFFF))];

    public static string Normalize(string text)
    {
        if (IsTriviallyComposed(text))
        {
            return text;
        }

        var decomposed = Decompose(text);
        Compose(decomposed);
        var builder = new StringBuilder(text.Length);
        foreach (var codePoint in decomposed)
        {
            builder.Append(new Rune(codePoint).ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text's canonical decomposition without its combining marks, lower-cased: "Février" and
    /// "fevrier" both read "fevrier", "août" reads "aout". For matching words accent-insensitively.
    /// </summary>
    public static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var codePoint in Decompose(text))
        {
            if (CombiningClass(codePoint) == 0)
            {
                builder.Append(new Rune(codePoint).ToString());
            }
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// True when normalizing cannot change <paramref name="text"/>: every code point is well formed, has
    /// no decomposition (Hangul syllables decompose and compose back alike), combining class 0, and
    /// composes with nothing before it. Below U+0300 all of that holds; emoji and most scripts pass too.
    /// </summary>
    private static bool IsTriviallyComposed(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (rest[0] < '\u0300')
            {
                rest = rest[1..];
                continue;
            }

            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || Decompositions.ContainsKey(rune.Value)
                || CombiningClass(rune.Value) != 0
                || Seconds.Contains(rune.Value)
                || rune.Value is >= VowelBase and < VowelBase + VowelCount or > TrailBase and < TrailBase + TrailCount)
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    /// <summary>The full canonical decomposition, in canonical order.</summary>
    private static List<int> Decompose(string text)
    {
        var result = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes yields U+FFFD for a lone surrogate.
            AppendDecomposed(result, rune.Value);
        }

        return result;
    }

    private static void AppendDecomposed(List<int> result, int codePoint)
    {
        if (codePoint is >= HangulBase and < HangulBase + HangulCount)
        {
            var index = codePoint - HangulBase;
            AppendOrdered(result, LeadBase + (index / (VowelCount * TrailCount)));
            AppendOrdered(result, VowelBase + (index % (VowelCount * TrailCount) / TrailCount));
            if (index % TrailCount != 0)
            {
                AppendOrdered(result, TrailBase + (index % TrailCount));
            }

            return;
        }

        if (Decompositions.TryGetValue(codePoint, out var parts))
        {
            AppendDecomposed(result, parts.First);
            if (parts.Second != 0)
            {
                AppendDecomposed(result, parts.Second);
            }

            return;
        }

        AppendOrdered(result, codePoint);
    }

    /// <summary>Appends a code point, moving it before any mark of a higher combining class (canonical ordering).</summary>
    private static void AppendOrdered(List<int> result, int codePoint)
    {
        var cc = CombiningClass(codePoint);
        var at = result.Count;
        if (cc != 0)
        {
            while (at > 0 && CombiningClass(result[at - 1]) > cc)
            {
                at--;
            }
        }

        result.Insert(at, codePoint);
    }

    /// <summary>Canonical composition in place (UAX #15's algorithm: a mark composes with the last starter unless blocked).</summary>
    private static void Compose(List<int> text)
    {
        if (text.Count == 0)
        {
            return;
        }

        var starterAt = CombiningClass(text[0]) == 0 ? 0 : -1;
        var lastClass = starterAt == 0 ? 0 : 256;
        var written = 1;
        for (var i = 1; i < text.Count; i++)
        {
            var codePoint = text[i];
            var cc = CombiningClass(codePoint);
            var blocked = lastClass != 0 && lastClass >= cc;
            if (starterAt >= 0 && !blocked && TryCompose(text[starterAt], codePoint, out var composite))
            {
                text[starterAt] = composite;
                continue;
            }

            if (cc == 0)
            {
                starterAt = written;
            }

            lastClass = cc;
            text[written++] = codePoint;
        }

        text.RemoveRange(written, text.Count - written);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LeadBase and < LeadBase + LeadCount && second is >= VowelBase and < VowelBase + VowelCount)
        {
            composite = HangulBase + ((((first - LeadBase) * VowelCount) + second - VowelBase) * TrailCount);
            return true;
        }

        if (first is >= HangulBase and < HangulBase + HangulCount && (first - HangulBase) % TrailCount == 0
            && second is > TrailBase and < TrailBase + TrailCount)
        {
            composite = first + (second - TrailBase);
            return true;
        }

        return Compositions.TryGetValue(Key(first, second), out composite);
    }

    internal static int CombiningClass(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return 0;
        }

        var ranges = CombiningClasses;
        int lo = 0, hi = (ranges.Length / 3) - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (codePoint < ranges[3 * mid])
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[(3 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return ranges[(3 * mid) + 2];
            }
        }

        return 0;
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static Dictionary<int, (int, int)> ReadDecompositions()
    {
        var data = NfcData.Decompositions;
        var map = new Dictionary<int, (int, int)>(data.Length / 3);
        for (var i = 0; i < data.Length; i += 3)
        {
            map[data[i]] = (data[i + 1], data[i + 2]);
        }

        return map;
    }

    /// <summary>Primary composites: two-part decompositions that are not excluded from composition.</summary>
    private static Dictionary<long, int> ReadCompositions()
    {
        var excluded = new HashSet<int>();
        foreach (var codePoint in NfcData.Exclusions)
        {
            excluded.Add(codePoint);
        }

        var data = NfcData.Decompositions;
        var map = new Dictionary<long, int>();
        for (var i = 0; i < data.Length; i += 3)
        {
            if (data[i + 2] != 0 && !excluded.Contains(data[i]))
            {
                map[Key(data[i + 1], data[i + 2])] = data[i];
            }
        }

        return map;
    }
}
