using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Inputs;

/// <summary>
/// A plan read into memory, with its encoding details kept by <see cref="SourceText"/> and the
/// SHA-256 of the bytes read (<see cref="Digest"/>), so a rewrite can tell whether the file
/// changed since; null when there is nothing to compare (stdin).
/// </summary>
public sealed record InputFile(InputPath Path, SourceText Source, byte[]? Digest = null)
{
    public string DisplayPath => Path.DisplayPath;
}
