using Sprache;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// The Sprache grammar of one header or property line, once its indentation and trailing
/// comment are cut off: <c>word [blanks rest]</c>. Keywords and keys are dispatched on the word,
/// so no alternatives are tried here.
/// </summary>
internal static class LineGrammar
{
    private static readonly Parser<string> Word =
        Runs.Of(char.IsLetter, c => char.IsLetterOrDigit(c) || c is '-' or '_', "a letter");

    private static readonly Parser<string> Blanks = Runs.Of(LineScanner.IsBlank, LineScanner.IsBlank, "a blank");

    /// <summary>
    /// Reads <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> as a line
    /// head, in place; null when it does not start with a word followed by a blank or its end. The
    /// rest is cut in one step rather than parsed a character at a time. Positions are relative to
    /// <paramref name="start"/>.
    /// </summary>
    public static LineHead? TryRead(string text, int start, int end)
    {
        var word = Word(new LineInput(text, start, end));
        if (!word.WasSuccessful)
        {
            return null;
        }

        var blanks = Blanks(word.Remainder);
        var restStart = blanks.WasSuccessful ? blanks.Remainder.Position : word.Remainder.Position;
        if (!blanks.WasSuccessful && restStart < end)
        {
            return null; // the word runs into a non-blank character, as in "post:"
        }

        return restStart < end
            ? new LineHead(word.Value, 0, text[restStart..end], restStart - start)
            : new LineHead(word.Value, 0, null, -1);
    }
}
