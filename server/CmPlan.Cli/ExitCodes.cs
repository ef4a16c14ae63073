namespace CmPlan.Cli;

/// <summary>The exit codes of contract §6, as ruff and ESLint use them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int UsageOrInput = 2;

    /// <summary>
    /// The reader of the output went away (EPIPE, <c>cmplan check | head -1</c>) before all of it
    /// was written: 128 + SIGPIPE, the status a shell shows for a tool a closed pipe ends, so
    /// <c>set -o pipefail</c> scripts see the cut as they do for <c>cat</c> or <c>grep</c>; nothing is printed.
    /// </summary>
    public const int BrokenPipe = 141;
}
