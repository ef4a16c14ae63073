namespace CmPlan.Analysis.Diagnostics;

/// <summary>How serious a diagnostic is. A rule turned <c>off</c> produces no diagnostic at all.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
    Hint,
}
