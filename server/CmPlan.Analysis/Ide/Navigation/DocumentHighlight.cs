using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Navigation;

/// <summary>An occurrence of the id under the cursor; <see cref="IsDeclaration"/> for its block header (a "write").</summary>
public sealed record DocumentHighlight(TextSpan Span, bool IsDeclaration);
