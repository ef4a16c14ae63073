using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A run of source characters: a keyword, a key, a header argument or a raw value.</summary>
public sealed record SyntaxToken(string Text, TextSpan Span);
