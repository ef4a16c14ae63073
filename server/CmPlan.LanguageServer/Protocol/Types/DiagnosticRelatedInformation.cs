namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>Another place that explains a diagnostic.</summary>
public sealed record DiagnosticRelatedInformation(Location Location, string Message);
