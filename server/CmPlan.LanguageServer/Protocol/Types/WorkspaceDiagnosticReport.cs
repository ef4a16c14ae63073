using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>The answer to <c>workspace/diagnostic</c>: one report per plan of the workspace.</summary>
public sealed record WorkspaceDiagnosticReport(ImmutableArray<WorkspaceDocumentDiagnosticReport> Items);

/// <summary>
/// One plan's report in a workspace answer: as <see cref="DocumentDiagnosticReport"/>, with the
/// document and its version — the editor's for an open document, null (written, as the spec wants) for a file on disk.
/// </summary>
public sealed record WorkspaceDocumentDiagnosticReport(
    string Kind,
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version,
    string ResultId,
    ImmutableArray<DiagnosticDto>? Items = null);
