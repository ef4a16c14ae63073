namespace CmPlan.Cli;

/// <summary>
/// Everything the command line touches besides the file system: standard streams and the working
/// folder, so tests run <see cref="CliApp"/> in-process. Writers should use LF line ends.
/// </summary>
public sealed record CliEnvironment(Stream Input, TextWriter Out, TextWriter Error, string WorkingDirectory);
