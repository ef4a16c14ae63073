using Sprache;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// A Sprache input over one line's code. Sprache's own <see cref="Input"/> allocates a memo table
/// at every character it advances; this one makes it only on demand, and can skip a run of
/// characters in one step, so a 10 MB word is read in linear time with a small constant.
/// </summary>
internal sealed class LineInput(string source, int position) : IInput
{
    private IDictionary<object, object>? memos;

    public string Source { get; } = source;

    public int Position { get; } = position;

    public bool AtEnd => Position >= Source.Length;

    /// <summary>The character at <see cref="Position"/>; NUL at the end, where Sprache's input would throw.</summary>
    public char Current => AtEnd ? '\0' : Source[Position];

    public int Line => 1;

    public int Column => Position + 1;

    public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

    /// <summary>Advances <paramref name="count"/> characters: in one step on a line input, one by one on any other.</summary>
    public static IInput Skip(IInput input, int count)
    {
        if (input is LineInput line)
        {
            return new LineInput(line.Source, Math.Min(line.Position + count, line.Source.Length));
        }

        for (var i = 0; i < count && !input.AtEnd; i++)
        {
            input = input.Advance();
        }

        return input;
    }

    public IInput Advance() => AtEnd ? this : new LineInput(Source, Position + 1);

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position);

    public override string ToString() => $"Column {Column}";
}
