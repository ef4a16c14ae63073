using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Cli.Reporting;

/// <summary>Severities as outputs spell them.</summary>
public static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hint",
    };

    /// <summary>SARIF levels: info and hint are both <c>note</c>.</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>GitHub workflow commands: info and hint are both <c>notice</c>.</summary>
    public static string GithubCommand(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };
}
