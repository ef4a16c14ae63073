using System.Collections.Concurrent;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
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

    /// <summary>The editing state of this version for <paramref name="options"/>: the kept one, else a new analysis.</summary>
    internal AnalysisSession SessionFor(AnalysisOptions options) =>
        Session is { } kept && kept.Options == options && ReferenceEquals(kept.Source, Source) ? kept : new AnalysisSession(Source, options);

    /// <summary>
    /// Whether each fix of this version's diagnostics only removes problems, as checked so far: the
    /// light bulb asks at every cursor move, and a fix is checked (an incremental analysis) once.
    /// </summary>
    internal ConcurrentDictionary<CodeFix, bool> CheckedFixes { get; } = new(ReferenceEqualityComparer.Instance);

    public static OpenDocument Create(string uri, int version, string text, AnalysisOptions options) =>
        From(uri, version, new AnalysisSession(SourceText.From(text), options));

    /// <summary>
    /// The next version: each change applied in order, against the editor's text the previous one
    /// left, then analysed once, incrementally. A change without a range, one that touches the
    /// byte-order mark, or other options start a new analysis.
    /// </summary>
    public OpenDocument Change(int version, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding, AnalysisOptions options)
    {
        var pending = new PendingText(Source);
        foreach (var change in changes)
        {
            pending.Apply(change, encoding);
        }

        return Analysed(version, pending, options);
    }

    /// <summary>The version <paramref name="pending"/> leads to, analysed from this one's session when it can be.</summary>
    public OpenDocument Analysed(int version, PendingText pending, AnalysisOptions options) =>
        From(Uri, version, pending.Analyse(Session is { } current && current.Source == Source ? current : null, options));

    public static string EditorText(SourceText source) => source.HasBom ? "\uFEFF" + source.Text : source.Text;

    private static OpenDocument From(string uri, int version, AnalysisSession session) =>
        new(uri, version, session.Source, session.Result) { Session = session };
}
