using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>
/// One or more whole source lines. Every line of a document belongs to exactly one
/// <see cref="LineSyntax"/>, so the tree is lossless at line granularity.
/// </summary>
public abstract record LineSyntax(TextSpan Span, int FirstLine, int LastLine);
