using CmPlan.Analysis;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// Edits applied to a document's text and not analysed yet. Each change is applied in order to
/// the text (a few thousand characters copied, <see cref="SourceText.WithChange"/>); what they
/// changed together is kept as the one span they touched, so the analysis then runs once, for
/// the latest text, however many changes and <c>didChange</c>s came (a replace-all, keystrokes queued).
/// </summary>
public sealed class PendingText
{
    private readonly SourceText analysed;

    /// <summary>Characters at the start and at the end of the text that no change touched.</summary>
    private int prefix;
    private int suffix;

    public PendingText(SourceText analysed)
    {
        this.analysed = analysed;
        (prefix, suffix) = (analysed.Length, analysed.Length);
        Text = analysed;
    }

    /// <summary>The text after every change.</summary>
    public SourceText Text { get; private set; }

    /// <summary>Whether the changes must be analysed afresh: a change without a range, or one touching a byte-order mark.</summary>
    public bool Restart { get; private set; }

    public void Apply(TextDocumentContentChangeEvent change, PositionEncoding encoding)
    {
        if (change.Range is not { } range)
        {
            Replace(SourceText.From(change.Text));
            return;
        }

        var start = Positions.ToEditorOffset(Text, range.Start, encoding);
        var end = Math.Max(start, Positions.ToEditorOffset(Text, range.End, encoding));
        var bom = Text.HasBom ? 1 : 0;
        if (start < bom || (start == 0 && change.Text.StartsWith('\uFEFF')))
        {
            var text = OpenDocument.EditorText(Text);
            Replace(SourceText.From(string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end))));
            return;
        }

        var span = TextSpan.FromBounds(start - bom, end - bom);
        var next = Text.WithChange(span, change.Text);
        if (next.Length != Text.Length - span.Length + change.Text.Length)
        {
            // The change made the text start with a byte-order mark, which SourceText sets aside.
            Replace(next);
            return;
        }

        prefix = Math.Min(prefix, span.Start);
        suffix = Math.Min(suffix, Text.Length - span.End);
        Text = next;
    }

    /// <summary>The analysis of <see cref="Text"/>: <paramref name="session"/> edited once with the span the changes touched, or a new one.</summary>
    public AnalysisSession Analyse(AnalysisSession? session, AnalysisOptions options)
    {
        if (Restart || session is null || session.Options != options || session.Source != analysed)
        {
            return new AnalysisSession(Text, options);
        }

        if (prefix == analysed.Length && suffix == analysed.Length)
        {
            return session;
        }

        var removed = TextSpan.FromBounds(prefix, analysed.Length - suffix);
        var added = TextSpan.FromBounds(prefix, Text.Length - suffix);
        session.Edit(removed, Text[added]);
        return session;
    }

    private void Replace(SourceText text)
    {
        Text = text;
        Restart = true;
    }
}
