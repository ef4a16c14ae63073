using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Incremental;

/// <summary>One edit of a document: <see cref="Span"/> of the old text replaced by <see cref="NewLength"/> characters.</summary>
internal readonly record struct TextChange(TextSpan Span, int NewLength)
{
    /// <summary>
    /// Where <paramref name="span"/> of the old text is in the new one: the same before the edit,
    /// shifted after it; null when it touches the edit (its text may have changed, or grown).
    /// </summary>
    public TextSpan? Map(TextSpan span) =>
        span.End < Span.Start ? span
        : span.Start > Span.End ? span.Moved(NewLength - Span.Length)
        : null;
}
