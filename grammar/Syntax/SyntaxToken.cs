using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A run of source characters: a keyword, a key, a header argument or a raw value.</summary>
/// <remarks>
/// A value, not an object: a block or property holds its tokens inline, so moving a block after an
/// edit above it (<see cref="SyntaxRelocation"/>) and parsing a property allocate no token objects.
/// </remarks>
public readonly record struct SyntaxToken(string Text, TextSpan Span);
