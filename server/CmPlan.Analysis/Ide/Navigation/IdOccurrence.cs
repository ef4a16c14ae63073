using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Navigation;

/// <summary>One place a channel or queue id is written: its block header (a declaration) or an <c>on</c>/<c>queue</c> value.</summary>
public sealed record IdOccurrence(IdKind Kind, string Id, TextSpan Span, bool IsDeclaration);
