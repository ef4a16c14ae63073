using CmPlan.Analysis;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>A document the client has open: its text at a version and the analysis of that text.</summary>
public sealed record OpenDocument(string Uri, int Version, SourceText Source, AnalysisResult Analysis)
{
    /// <summary>
    /// The editing state this version came from: the next change is analysed incrementally from it.
    /// It moves on with the document, so only the latest version of a document may be changed.
    /// </summary>
    private AnalysisSession? Session { get; init; }

    public static OpenDocument Create(string uri, int version, string text, AnalysisOptions options) =>
        From(uri, version, new AnalysisSession(SourceText.From(text), options));

    /// <summary>
    /// The next version: each change applied in order, against the text the previous one left, and
    /// analysed incrementally (a change without a range, or other options, start a new analysis).
    /// </summary>
    public OpenDocument Change(int version, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding, AnalysisOptions options)
    {
        var session = Session is { } current && current.Options == options && current.Source == Source
            ? current
            : new AnalysisSession(Source, options);
        foreach (var change in changes)
        {
            if (change.Range is { } range)
            {
                session.Edit(Positions.ToSpan(session.Source, range, encoding), change.Text);
            }
            else
            {
                session = new AnalysisSession(SourceText.From(change.Text), options);
            }
        }

        return From(Uri, version, session);
    }

    private static OpenDocument From(string uri, int version, AnalysisSession session) =>
        new(uri, version, session.Source, session.Result) { Session = session };
}
