namespace CmPlan.Grammar.Syntax;

/// <summary>
/// What a <see cref="SyntaxDiagnostic"/> says, as data: the analysis words it in the user's language
/// (the grammar's own <see cref="SyntaxDiagnostic.Message"/> is the English one).
/// </summary>
/// <param name="Word">The word read (an unknown block keyword).</param>
/// <param name="Suggestion">The keyword it likely meant.</param>
/// <param name="First">A number: spaces expected, or the byte offset of invalid UTF-8.</param>
/// <param name="Second">A second number: the spaces found.</param>
public sealed record SyntaxProblem(SyntaxProblemKind Kind, string? Word = null, string? Suggestion = null, int First = 0, int Second = 0);
