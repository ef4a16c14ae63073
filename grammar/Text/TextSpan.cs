namespace CmPlan.Grammar.Text;

/// <summary>A range of UTF-16 code units in a source text, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether <paramref name="other"/> lies within this span (an empty one at its end included).</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool IntersectsOrTouches(TextSpan other) => other.Start <= End && Start <= other.End;

    /// <summary>A span given relative to this span's start, made absolute.</summary>
    public TextSpan Sub(int start, int length) => new(Start + start, length);

    public override string ToString() => $"[{Start}..{End})";
}
