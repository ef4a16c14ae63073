using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A line holding only a comment, at any indentation.</summary>
public sealed record CommentLineSyntax(TextSpan Span, int Line, int Indent, CommentSyntax Comment)
    : LineSyntax(Span, Line, Line);
