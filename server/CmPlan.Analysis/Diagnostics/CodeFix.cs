using System.Collections.Immutable;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>
/// A quick fix: exact edits to the document. Safe fixes only bound, move or tidy the author's
/// content; unsafe ones delete some of it and are applied only on request.
/// </summary>
public sealed record CodeFix(string Title, bool IsPreferred, bool IsSafe, ImmutableArray<TextEdit> Edits);
