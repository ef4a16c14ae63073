using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary><c>workspace/diagnostic</c>: the result ids the client holds, per document.</summary>
public sealed record WorkspaceDiagnosticParams(ImmutableArray<PreviousResultIdDto>? PreviousResultIds = null, string? Identifier = null);

/// <summary>A report the client holds: its document and result id.</summary>
public sealed record PreviousResultIdDto(string Uri, string Value);
