using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>Replace <see cref="Span"/> of the document with <see cref="NewText"/> (an empty span inserts).</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
