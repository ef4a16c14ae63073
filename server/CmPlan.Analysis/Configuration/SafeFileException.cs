namespace CmPlan.Analysis.Configuration;

/// <summary>
/// A file that will not or cannot be read or written; <see cref="Problem"/> says why, worded in the
/// language it is shown in. The message is the English reason alone ("a named pipe, not a regular file").
/// </summary>
public sealed class SafeFileException : IOException
{
    public SafeFileException()
        : this(FileProblem.System("cannot use the file"))
    {
    }

    public SafeFileException(string reason)
        : this(FileProblem.System(reason))
    {
    }

    public SafeFileException(string reason, Exception inner)
        : this(FileProblem.System(reason), inner)
    {
    }

    public SafeFileException(FileProblem problem, Exception? inner = null)
        : base(problem.ToString(), inner)
    {
        Problem = problem;
    }

    public FileProblem Problem { get; }
}
