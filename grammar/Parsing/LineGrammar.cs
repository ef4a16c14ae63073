using Sprache;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// The Sprache grammar of one header or property line, once its indentation and trailing
/// comment are cut off: <c>word [blanks rest]</c>. Keywords and keys are dispatched on the word,
/// so no alternatives are tried here.
/// </summary>
internal static class LineGrammar
{
    private static readonly Parser<char> WordTail =
        Parse.LetterOrDigit.Or(Parse.Chars('-', '_'));

    private static readonly Parser<string> Word = Parse.Identifier(Parse.Letter, WordTail);

    private static readonly Parser<IEnumerable<char>> Blanks = Parse.Chars(' ', '\t').AtLeastOnce();

    private static readonly Parser<Located<string>> Head =
        from word in Word.WithStart()
        from blanks in Blanks.Optional()
        select word;

    /// <summary>
    /// Reads <paramref name="code"/> as a line head; null when it does not start with a word followed
    /// by a blank or its end. The rest is cut in one step rather than parsed a character at a time.
    /// </summary>
    public static LineHead? TryRead(string code)
    {
        var result = Head.TryParse(code);
        if (!result.WasSuccessful)
        {
            return null;
        }

        var restStart = result.Remainder.Position;
        var word = result.Value;
        if (restStart == word.Start + word.Value.Length && restStart < code.Length)
        {
            return null; // the word runs into a non-blank character, as in "post:"
        }

        return restStart < code.Length
            ? new LineHead(word.Value, word.Start, code[restStart..], restStart)
            : new LineHead(word.Value, word.Start, null, -1);
    }

    private static Parser<Located<T>> WithStart<T>(this Parser<T> parser) => input =>
    {
        var start = input.Position;
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(new Located<T>(result.Value, start), result.Remainder)
            : Result.Failure<Located<T>>(result.Remainder, result.Message, result.Expectations);
    };

    private sealed record Located<T>(T Value, int Start);
}
