using CmPlan.Analysis.Localization;

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

    /// <summary>
    /// A write to <paramref name="stream"/> failed with the system's <paramref name="reason"/>, or,
    /// when it is null, the stream was closed before the process started.
    /// </summary>
    public OutputFailedException(StandardStream stream, IOException? reason)
        : this(Wording(stream, reason?.Message, Words.English), reason ?? new IOException("Bad file descriptor"))
    {
        Stream = stream;
        SystemReason = reason?.Message;
    }

    /// <summary>The stream that failed, when known.</summary>
    public StandardStream? Stream { get; }

    /// <summary>The system's own words for the failure (the runtime's, English); null when the stream was closed from the start.</summary>
    public string? SystemReason { get; }

    /// <summary>The reader went away (EPIPE): as Unix tools do, stop without a word.</summary>
    public bool BrokenPipe { get; }

    /// <summary>What failed, in the language of <paramref name="words"/>: "standard output: No space left on device".</summary>
    public string In(Words words) => Stream is { } stream ? Wording(stream, SystemReason, words) : Message;

    private static string Wording(StandardStream stream, string? reason, Words words)
    {
        var name = ("stream", words.Say(stream == StandardStream.Output ? MessageId.CliStandardOutput : MessageId.CliStandardError));
        return reason is null
            ? words.Say(MessageId.CliStreamClosed, name)
            : words.Say(MessageId.CliStreamFailed, name, ("reason", reason));
    }
}
