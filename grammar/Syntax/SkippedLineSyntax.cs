using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A line the parser could not read; its diagnostic is in the document's diagnostics.</summary>
public sealed record SkippedLineSyntax(TextSpan Span, int Line) : LineSyntax(Span, Line, Line);
