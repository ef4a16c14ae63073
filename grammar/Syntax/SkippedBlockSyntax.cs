using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A column-0 line that is no block header, and the indented lines under it, skipped together.</summary>
public sealed record SkippedBlockSyntax(TextSpan Span, int FirstLine, int LastLine) : LineSyntax(Span, FirstLine, LastLine);
