namespace CmPlan.Cli;

/// <summary>
/// Everything the command line touches besides the file system: standard streams and the working
/// folder, so tests run <see cref="CliApp"/> in-process. Writers should use LF line ends.
/// </summary>
public sealed record CliEnvironment(Stream Input, TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>An environment variable (<c>CMPLAN_LANG</c>, <c>LANG</c>…), null when unset; tests see none unless they give some.</summary>
    public Func<string, string?> Variable { get; init; } = _ => null;
}
