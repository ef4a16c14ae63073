using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A code action with its edit.</summary>
public sealed record CodeAction(string Title, string Kind, ImmutableArray<DiagnosticDto>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
