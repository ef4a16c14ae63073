namespace CmPlan.Cli.Output;

/// <summary>Standard output or error refused a write or a flush (a full disk, a closed descriptor, a reader gone).</summary>
public sealed class OutputFailedException : IOException
{
    private const int BrokenPipeErrno = 32;

    public OutputFailedException()
    {
    }

    public OutputFailedException(string message)
        : base(message)
    {
    }

    public OutputFailedException(string message, Exception inner)
        : base(message, inner)
    {
        BrokenPipe = inner.HResult == BrokenPipeErrno || inner.Message.Contains("Broken pipe", StringComparison.Ordinal);
    }

    /// <summary>The reader went away (EPIPE): as Unix tools do, stop without a word.</summary>
    public bool BrokenPipe { get; }
}
