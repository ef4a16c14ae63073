using System.Collections.Immutable;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>
/// <c>initialize</c>; <c>locale</c> is the client's display language (VS Code sends it). The
/// workspace is <c>workspaceFolders</c>, else the older <c>rootUri</c>.
/// </summary>
public sealed record InitializeParams(
    int? ProcessId = null,
    ClientCapabilities? Capabilities = null,
    string? Trace = null,
    string? Locale = null,
    ImmutableArray<WorkspaceFolderDto>? WorkspaceFolders = null,
    string? RootUri = null);
