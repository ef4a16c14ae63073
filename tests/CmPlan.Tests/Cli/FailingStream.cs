namespace CmPlan.Tests.Cli;

/// <summary>A standard input that fails on the first read, with an I/O error or with a bug-like exception.</summary>
public sealed class FailingStream(bool io) : MemoryStream
{
    public override int Read(byte[] buffer, int offset, int count) => throw Failure();

    public override int Read(Span<byte> buffer) => throw Failure();

    public override void CopyTo(Stream destination, int bufferSize) => throw Failure();

    private Exception Failure() => io ? new IOException("the pipe broke") : new NotSupportedException("no reading today");
}
