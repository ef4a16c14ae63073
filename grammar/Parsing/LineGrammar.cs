using Sprache;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// The Sprache grammar of one header or property line, once its indentation and trailing
/// comment are cut off: <c>word [blanks rest]</c>. Keywords and keys are dispatched on the word,
/// so no alternatives are tried here.
/// </summary>
internal static class LineGrammar
{
    // Runs are read in one step: Sprache's Many allocates per character, which made a 10 MB word take a second.
    private static readonly Parser<string> Word =
        Run(char.IsLetter, c => char.IsLetterOrDigit(c) || c is '-' or '_', "a letter");

    private static readonly Parser<string> Blanks = Run(LineScanner.IsBlank, LineScanner.IsBlank, "a blank");

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
        var result = Head(new LineInput(code, 0));
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

    /// <summary>One character matching <paramref name="first"/>, then as many matching <paramref name="rest"/> as follow.</summary>
    private static Parser<string> Run(Func<char, bool> first, Func<char, bool> rest, string expected) => input =>
    {
        if (input.AtEnd || !first(input.Current))
        {
            return Result.Failure<string>(input, input.AtEnd ? "unexpected end of line" : "unexpected character", [expected]);
        }

        var text = input.Source;
        var end = input.Position + 1;
        while (end < text.Length && rest(text[end]))
        {
            end++;
        }

        return Result.Success(text[input.Position..end], LineInput.Skip(input, end - input.Position));
    };

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
