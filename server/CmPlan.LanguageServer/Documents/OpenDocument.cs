using CmPlan.Analysis;
using CmPlan.Grammar.Text;

namespace CmPlan.LanguageServer.Documents;

/// <summary>A document the client has open: its text at a version and the analysis of that text.</summary>
public sealed record OpenDocument(string Uri, int Version, SourceText Source, AnalysisResult Analysis)
{
    /// <summary>The text as the editor holds it: with the byte-order mark that <see cref="SourceText.From(string)"/> set aside.</summary>
    public string Text => Source.HasBom ? "\uFEFF" + Source.Text : Source.Text;

    public static OpenDocument Create(string uri, int version, string text, AnalysisOptions options)
    {
        var source = SourceText.From(text);
        return new OpenDocument(uri, version, source, PlanAnalyzer.Analyze(source, options));
    }
}
