using CmPlan.Grammar.Text;

namespace CmPlan.Cli.Inputs;

/// <summary>A plan read into memory, with its encoding details kept by <see cref="SourceText"/>.</summary>
public sealed record InputFile(InputPath Path, SourceText Source)
{
    public string DisplayPath => Path.DisplayPath;
}
