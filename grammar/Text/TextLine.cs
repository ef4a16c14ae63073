namespace CmPlan.Grammar.Text;

/// <summary>One line of a source text: its content span and the terminator that follows it ("" on the last line).</summary>
public readonly record struct TextLine(int Number, TextSpan Span, string Terminator)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public int EndIncludingTerminator => Span.End + Terminator.Length;
}
