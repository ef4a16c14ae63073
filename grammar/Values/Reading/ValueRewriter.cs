using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// Finds what the author likely meant by a value that does not read: each token's usual slip
/// rewritten (<see cref="TokenRewrites"/>), and for slots the list punctuation mended (<c>mon wed</c>
/// → <c>mon, wed</c>; <c>12:30, 18:00</c> → <c>12:30 18:00</c>). A rewrite is kept only when the
/// whole value then reads as a valid value of its form, so it is the one form the message shows.
/// </summary>
internal static partial class ValueRewriter
{
    /// <summary>Tokens with a rewrite past this many are tried with their first rewrite only, to bound the tries.</summary>
    private const int MaxChoices = 4;

    public sealed record Rewrite(string Text, ImmutableArray<ValueProblem> Notes);

    /// <summary>The rewrite of <paramref name="text"/> that <paramref name="reads"/>, or an ambiguity message in <paramref name="ambiguity"/>.</summary>
    public static Rewrite? Find(string text, Func<string, bool> reads, bool isSlots, out ValueProblem? ambiguity)
    {
        ambiguity = null;
        if (text.Length > 200)
        {
            return null; // a runaway value is no slip
        }

        var tokens = BlankPattern().Split(text); // tokens at even indexes, the blanks between them at odd ones
        var choices = new List<(string Text, ValueProblem? Note)>[tokens.Length];
        var choosing = 0;
        for (var i = 0; i < tokens.Length; i += 2)
        {
            choices[i] = [(tokens[i], null)];
            var rewrites = TokenRewrites.Of(tokens[i]).ToList();
            if (rewrites.Count > 0 && choosing++ < MaxChoices)
            {
                choices[i].AddRange(rewrites);
            }
            else if (rewrites.Count > 0)
            {
                choices[i] = [rewrites[0]];
            }

            ambiguity ??= TokenRewrites.Ambiguity(tokens[i]);
        }

        if (ambiguity is not null)
        {
            return null;
        }

        foreach (var candidate in Combinations(tokens, choices, 0))
        {
            var written = string.Concat(candidate.Select(c => c.Text));
            var slots = isSlots ? MendSlots(written) : written;
            foreach (var option in slots == written ? [written] : new[] { written, slots })
            {
                if (option != text && reads(option))
                {
                    return new Rewrite(option, [.. candidate.Select(c => c.Note).OfType<ValueProblem>().Distinct()]);
                }
            }
        }

        return null;
    }

    /// <summary>Every choice of one rewrite per token, the fewest changes first (the original tokens come first in each list).</summary>
    private static IEnumerable<List<(string Text, ValueProblem? Note)>> Combinations(string[] tokens, List<(string Text, ValueProblem? Note)>[] choices, int index)
    {
        if (index >= tokens.Length)
        {
            yield return [];
            yield break;
        }

        var here = index % 2 == 0 ? choices[index] : [(tokens[index], null)];
        foreach (var rest in Combinations(tokens, choices, index + 1))
        {
            foreach (var choice in here)
            {
                yield return [choice, .. rest];
            }
        }
    }

    /// <summary>Days joined by <c>, </c>, then times joined by a blank: the layout of a <c>slots</c> value.</summary>
    private static string MendSlots(string text)
    {
        var words = text.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        var firstTime = Array.FindIndex(words, w => w.Length > 0 && char.IsAsciiDigit(w[0]));
        return firstTime <= 0 ? text : string.Join(", ", words[..firstTime]) + " " + string.Join(" ", words[firstTime..]);
    }

    [GeneratedRegex(@"([ \t]+)", RegexOptions.CultureInvariant)]
    private static partial Regex BlankPattern();
}
