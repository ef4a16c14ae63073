using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A line holding nothing but blanks.</summary>
public sealed record BlankLineSyntax(TextSpan Span, int Line) : LineSyntax(Span, Line, Line);
