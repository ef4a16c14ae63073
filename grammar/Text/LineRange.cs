namespace CmPlan.Grammar.Text;

/// <summary>A span with its start and end resolved to lines and UTF-16 columns.</summary>
public readonly record struct LineRange(TextSpan Span, LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}
