using CmPlan.Analysis;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>A document the client has open: its text at a version and the analysis of that text.</summary>
public sealed record OpenDocument(string Uri, int Version, SourceText Source, AnalysisResult Analysis)
{
    /// <summary>The text as the editor holds it: with the byte-order mark that <see cref="SourceText.From(string)"/> set aside.</summary>
    public string Text => EditorText(Source);

    /// <summary>
    /// The editing state this version came from: the next change is analysed incrementally from it.
    /// It moves on with the document, so only the latest version of a document may be changed.
    /// </summary>
    internal AnalysisSession? Session { get; private init; }

    public static OpenDocument Create(string uri, int version, string text, AnalysisOptions options) =>
        From(uri, version, new AnalysisSession(SourceText.From(text), options));

    /// <summary>
    /// The next version: each change applied in order, against the editor's text the previous one
    /// left, and analysed incrementally. A change without a range, one that touches the byte-order
    /// mark, or other options start a new analysis.
    /// </summary>
    public OpenDocument Change(int version, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding, AnalysisOptions options)
    {
        var session = Session is { } current && current.Options == options && current.Source == Source
            ? current
            : new AnalysisSession(Source, options);
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                session = new AnalysisSession(SourceText.From(change.Text), options);
                continue;
            }

            var source = session.Source;
            var start = Positions.ToEditorOffset(source, range.Start, encoding);
            var end = Math.Max(start, Positions.ToEditorOffset(source, range.End, encoding));
            var bom = source.HasBom ? 1 : 0;
            if (start < bom || (start == 0 && change.Text.StartsWith('\uFEFF')))
            {
                var text = EditorText(source);
                session = new AnalysisSession(SourceText.From(string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end))), options);
            }
            else
            {
                session.Edit(TextSpan.FromBounds(start - bom, end - bom), change.Text);
            }
        }

        return From(Uri, version, session);
    }

    private static string EditorText(SourceText source) => source.HasBom ? "\uFEFF" + source.Text : source.Text;

    private static OpenDocument From(string uri, int version, AnalysisSession session) =>
        new(uri, version, session.Source, session.Result) { Session = session };
}
