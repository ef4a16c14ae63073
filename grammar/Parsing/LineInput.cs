using Sprache;

namespace CmPlan.Grammar.Parsing;

/// <summary>
/// A Sprache input over a range of a text (one line's code, or one value). Sprache's own
/// <see cref="Input"/> allocates a memo table at every character it advances; this one makes it
/// only on demand, can skip a run of characters in one step, and reads a range in place, so
/// the layout pass parses lines without cutting them out of the document first.
/// </summary>
internal sealed class LineInput(string source, int position, int end) : IInput
{
    private IDictionary<object, object>? memos;

    public LineInput(string source, int position)
        : this(source, position, source.Length)
    {
    }

    public string Source { get; } = source;

    public int Position { get; } = position;

    /// <summary>Where the range ends (exclusive): the input is at its end there.</summary>
    public int End { get; } = end;

    public bool AtEnd => Position >= End;

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
            return new LineInput(line.Source, Math.Min(line.Position + count, line.End), line.End);
        }

        for (var i = 0; i < count && !input.AtEnd; i++)
        {
            input = input.Advance();
        }

        return input;
    }

    public IInput Advance() => AtEnd ? this : new LineInput(Source, Position + 1, End);

    public bool Equals(IInput? other) =>
        other is LineInput line && ReferenceEquals(Source, line.Source) && Position == line.Position && End == line.End;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position, End);

    public override string ToString() => $"Column {Column}";
}
