namespace CmPlan.Analysis.Configuration;

/// <summary>A file <see cref="SafeFile"/> will not or cannot read; the message is the reason alone ("a named pipe, not a regular file").</summary>
public sealed class SafeFileException : IOException
{
    public SafeFileException()
    {
    }

    public SafeFileException(string reason)
        : base(reason)
    {
    }

    public SafeFileException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
