using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Ide.Completion;

/// <summary>One proposal: what the list shows, what replaces <see cref="ReplaceSpan"/> (the word under the cursor) when chosen.</summary>
public sealed record CompletionItem(string Label, CompletionKind Kind, string? Detail, string InsertText, TextSpan ReplaceSpan);
