namespace CmPlan.Cli.Output;

/// <summary>
/// Standard output or error as the CLI writes it: every failed write or flush becomes an
/// <see cref="OutputFailedException"/> naming the stream, so the command exits 2 saying so instead
/// of exiting 0 with the output lost. A descriptor that was closed when the process started is
/// <see cref="Closed"/>: writing to it fails as writing to a closed descriptor does (EBADF).
/// </summary>
public sealed class GuardedStream(Stream inner, StandardStream name) : Stream
{
    private bool closed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static GuardedStream Closed(StandardStream name) => new(Null, name) { closed = true };

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        ThrowIfClosed();
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (e is not OutputFailedException)
        {
            throw Failure(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e) when (e is not OutputFailedException)
        {
            throw Failure(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void ThrowIfClosed()
    {
        if (closed)
        {
            throw new OutputFailedException(name, null);
        }
    }

    private OutputFailedException Failure(IOException e) => new(name, e);
}
