namespace CmPlan.Cli.Output;

/// <summary>Which standard stream a write failed on: named in the run's language when it is said.</summary>
public enum StandardStream
{
    Output,
    Error,
}
