using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>A code action with its edit, or without it and with <see cref="Data"/> until <c>codeAction/resolve</c>.</summary>
public sealed record CodeAction(string Title, string Kind, ImmutableArray<DiagnosticDto>? Diagnostics, bool? IsPreferred, WorkspaceEdit? Edit, CodeActionData? Data = null);
