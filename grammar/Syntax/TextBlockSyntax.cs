using System.Collections.Immutable;
using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// The lines below a bare <c>text</c> key, indented deeper than it. Blank lines after its last
/// line are not part of it: they follow the property in the block's body.
/// </summary>
public sealed record TextBlockSyntax(ImmutableArray<TextBlockLine> Lines, int CommonIndent)
{
    /// <summary>The text: lines joined by LF, common indentation removed, blank lines inside kept.</summary>
    public string Content => string.Join('\n', Lines.Select(l => l.Content));

    public TextSpan Span => TextSpan.FromBounds(Lines[0].LineSpan.Start, Lines[^1].LineSpan.End);
}
