using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A problem found while reading the text: always the structural rule <c>syntax</c>.</summary>
public sealed record SyntaxDiagnostic(TextSpan Span, string Message);
