namespace CmPlan.Cli;

/// <summary>The exit codes of contract §6, as ruff and ESLint use them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int UsageOrInput = 2;
}
