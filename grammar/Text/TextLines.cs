using System.Collections;

namespace CmPlan.Grammar.Text;

/// <summary>The lines of a <see cref="SourceText"/>, each made on demand from the text's chunks.</summary>
public sealed class TextLines : IReadOnlyList<TextLine>
{
    private readonly TextChunks chunks;

    internal TextLines(TextChunks chunks) => this.chunks = chunks;

    public int Length => chunks.LineCount;

    public int Count => Length;

    public TextLine this[int index] =>
        (uint)index < (uint)Length ? chunks.Line(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<TextLine> GetEnumerator()
    {
        for (var i = 0; i < Length; i++)
        {
            yield return chunks.Line(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
