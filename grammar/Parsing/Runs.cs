using Sprache;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// Sprache parsers that read a run of characters in one step. Sprache's <c>Many</c> and
/// <c>Parse.String</c> make a result and an input per character (and a memo table per character on
/// its own input); these make one result per run, which is what keeps value reading linear and cheap.
/// </summary>
internal static class Runs
{
    /// <summary>One character matching <paramref name="first"/>, then as many matching <paramref name="rest"/> as follow.</summary>
    public static Parser<string> Of(Func<char, bool> first, Func<char, bool> rest, string expected) => input =>
    {
        if (input.AtEnd || !first(input.Current))
        {
            return Failure<string>(input, expected);
        }

        return Taken(input, RunEnd(input, 1, rest));
    };

    /// <summary>As many characters matching <paramref name="match"/> as follow, maybe none.</summary>
    public static Parser<string> Many(Func<char, bool> match) => input => Taken(input, RunEnd(input, 0, match));

    /// <summary>Exactly <paramref name="count"/> characters matching <paramref name="match"/>.</summary>
    public static Parser<string> Exactly(int count, Func<char, bool> match, string expected) => input =>
    {
        var end = RunEnd(input, 0, match);
        return end - input.Position >= count ? Taken(input, input.Position + count) : Failure<string>(input, expected);
    };

    /// <summary>
    /// The first of <paramref name="words"/> that the input starts with, as its value: what an
    /// <c>Or</c> chain of <c>Parse.String</c> gives, in one comparison per word.
    /// </summary>
    public static Parser<T> Word<T>(params (string Text, T Value)[] words) => input =>
    {
        foreach (var (word, value) in words)
        {
            if (input.Position + word.Length <= Limit(input) && string.CompareOrdinal(input.Source, input.Position, word, 0, word.Length) == 0)
            {
                return Result.Success(value, LineInput.Skip(input, word.Length));
            }
        }

        return Failure<T>(input, string.Join(" or ", words.Select(w => w.Text)));
    };

    /// <summary>The end of the run of characters matching <paramref name="match"/>, from <paramref name="skip"/> characters in.</summary>
    private static int RunEnd(IInput input, int skip, Func<char, bool> match)
    {
        var text = input.Source;
        var limit = Limit(input);
        var end = Math.Min(input.Position + skip, limit);
        while (end < limit && match(text[end]))
        {
            end++;
        }

        return end;
    }

    private static IResult<string> Taken(IInput input, int end) =>
        Result.Success(input.Source[input.Position..end], LineInput.Skip(input, end - input.Position));

    /// <summary>Where the input ends: a line input may stop before the end of its text.</summary>
    private static int Limit(IInput input) => input is LineInput line ? line.End : input.Source.Length;

    private static IResult<T> Failure<T>(IInput input, string expected) =>
        Result.Failure<T>(input, input.AtEnd ? "unexpected end of input" : "unexpected character", [expected]);
}
