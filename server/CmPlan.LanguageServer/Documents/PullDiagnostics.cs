using System.Globalization;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// Diagnostic reports for <c>textDocument/diagnostic</c> and <c>workspace/diagnostic</c>. A report's
/// result id is the id of the analysis it comes from (<see cref="ClosedPlans.NextResultId"/>): a
/// client that holds it gets <c>unchanged</c>, and a new version, a file changed on disk or new
/// settings make a new analysis, hence a new id.
/// </summary>
public static class PullDiagnostics
{
    private const string GoneId = "none";

    public static DocumentDiagnosticReport Report(OpenDocument document, long resultId, string? previous, PositionEncoding encoding)
    {
        var id = Id(resultId);
        return id == previous
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, id)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, id, DiagnosticConverter.Items(document, encoding));
    }

    /// <summary>A plan's report in a workspace answer: an open document with its version, a file with none.</summary>
    public static WorkspaceDocumentDiagnosticReport WorkspaceReport(AnalysedPlan plan, string? previous, PositionEncoding encoding)
    {
        var report = Report(plan.Document, plan.ResultId, previous, encoding);
        return new WorkspaceDocumentDiagnosticReport(report.Kind, plan.Document.Uri, plan.Open ? plan.Document.Version : null, report.ResultId, report.Items);
    }

    /// <summary>An empty report, for a document that is neither open nor a plan of the workspace.</summary>
    public static DocumentDiagnosticReport None { get; } = new(DocumentDiagnosticReport.Full, GoneId, []);

    /// <summary>The report of a plan the client holds problems for that is no longer in the workspace: no problems.</summary>
    public static WorkspaceDocumentDiagnosticReport Gone(string uri, string? previous) =>
        previous == GoneId
            ? new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, uri, null, GoneId)
            : new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReport.Full, uri, null, GoneId, []);

    private static string Id(long resultId) => resultId.ToString(CultureInfo.InvariantCulture);
}
