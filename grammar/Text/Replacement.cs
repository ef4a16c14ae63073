namespace CmPlan.Grammar.Text;

/// <summary>
/// What a message says to write instead of what was read: <see cref="NewText"/> in place of
/// <see cref="Span"/>. The analysis offers it as a safe quick fix when <see cref="IsSafe"/> (it is
/// the one form the message shows), else as an unsafe one (a guess among ids the author chose).
/// </summary>
public sealed record Replacement(TextSpan Span, string NewText, string Title, bool IsSafe = true)
{
    /// <summary>Writes <paramref name="newText"/> over <paramref name="span"/>, titled after it.</summary>
    public static Replacement Write(TextSpan span, string newText, bool isSafe = true) =>
        new(span, newText, $"Write '{Quote.Cut(newText)}'", isSafe);

    public Replacement Moved(int offset) => this with { Span = Span with { Start = Span.Start + offset } };
}
