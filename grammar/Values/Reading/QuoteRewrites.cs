namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// What a text meant as a quoted string likely is (contract §5 "Say what to write"): curly or French
/// quotes around it (<c>“…”</c>, <c>«…»</c>), a <c>"</c> inside it left unescaped, or no quotes at
/// all (<c>plan Printemps 2027</c>). Each rewrite keeps the author's words exactly.
/// </summary>
internal static class QuoteRewrites
{
    public sealed record Rewrite(string Text, ValueProblemKind Advice);

    private static readonly (char Open, char Close)[] TypographicQuotes = [('“', '”'), ('«', '»'), ('„', '“'), ('‘', '’')];

    public static Rewrite? Of(string text)
    {
        if (text.Length >= 2 && TypographicQuotes.Any(q => text[0] == q.Open && text[^1] == q.Close))
        {
            // French quotes hold a (non-breaking) space inside them; it is typography, not text.
            return new Rewrite(Quoted(text[1..^1].Trim(' ', '\u00A0', '\u202F')), ValueProblemKind.StraightQuotes);
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return new Rewrite(Quoted(Unescaped(text[1..^1])), ValueProblemKind.EscapeInnerQuote);
        }

        return text[0] == '"' ? null : new Rewrite(Quoted(text), ValueProblemKind.AddQuotes);
    }

    /// <summary>The text between straight quotes, with its quotes and backslashes escaped.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The content of a quoted string whose escapes are right but whose inner quotes are not escaped: <c>\"</c> and <c>\\</c> read back, the rest kept.</summary>
    private static string Unescaped(string inner) =>
        inner.Replace("\\\\", "\u0000", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\u0000", "\\", StringComparison.Ordinal);
}
