using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>Another place in the same document that explains a diagnostic.</summary>
public sealed record RelatedInformation(TextSpan Span, string Message);
