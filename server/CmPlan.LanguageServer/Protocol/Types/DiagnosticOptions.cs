namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Pull diagnostics: per document and for the whole workspace; a plan's problems depend on no other plan.</summary>
public sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics);
