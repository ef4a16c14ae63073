namespace CmPlan.Cli.Inputs;

/// <summary>What <see cref="AtomicFile.TryReplace"/> did; the file is intact unless <see cref="Written"/>.</summary>
public enum WriteOutcome
{
    Written,

    /// <summary>The file could not be written (read-only, no space…): exit 1, as for a problem found.</summary>
    Failed,

    /// <summary>The file changed on disk since it was read: exit 2, as for input that cannot be used.</summary>
    Changed,
}
