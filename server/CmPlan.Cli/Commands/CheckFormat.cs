namespace CmPlan.Cli.Commands;

/// <summary>The output formats of <c>cmplan check</c>.</summary>
public enum CheckFormat
{
    Text,
    Json,
    Sarif,
    Github,
    Markdown,
    Gitlab,
}
