namespace CmPlan.Cli;

/// <summary>
/// A usage error or unusable input: <see cref="CliApp"/> prints its message as one
/// <c>cmplan: …</c> line on stderr and exits 2. Thrown only inside the CLI, never across layers.
/// </summary>
public sealed class CliError : Exception
{
    public CliError()
    {
    }

    public CliError(string message)
        : base(message)
    {
    }

    public CliError(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
