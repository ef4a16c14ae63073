using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>Why a value is not valid, and the narrowest span that shows it.</summary>
public sealed record ValueError(TextSpan Span, string Message);
