using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>Why a value is not valid, the narrowest span that shows it, and what to write instead when one form is likely.</summary>
public sealed record ValueError(TextSpan Span, ValueProblem Problem, Replacement? Fix = null);
