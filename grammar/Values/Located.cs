using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Values;

/// <summary>A value with the span of source text it was read from.</summary>
public sealed record Located<T>(T Value, TextSpan Span);
