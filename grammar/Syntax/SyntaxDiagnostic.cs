using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Syntax;

/// <summary>A problem found while reading the text: always the structural rule <c>syntax</c>; with what to write instead when one form is likely.</summary>
public sealed record SyntaxDiagnostic(TextSpan Span, string Message, Replacement? Fix = null)
{
    /// <summary>What <see cref="Message"/> says, as data, for another language than English.</summary>
    public SyntaxProblem? Problem { get; init; }
}
