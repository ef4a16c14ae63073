using CmPlan.Analysis.Configuration;

namespace CmPlan.Cli.Inputs;

/// <summary>The file on disk is not the one that was read: someone else wrote it meanwhile.</summary>
public sealed class FileChangedException : IOException
{
    public FileChangedException()
        : base(FileProblem.ChangedOnDisk.ToString())
    {
    }

    public FileChangedException(string message)
        : base(message)
    {
    }

    public FileChangedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
