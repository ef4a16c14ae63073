namespace CmPlan.Analysis.Configuration;

/// <summary>Why a <c>cmplan.json</c> was rejected, and where: 1-based line and column (in characters).</summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}: {Message}" : $"{Path}: {Message}";
}
