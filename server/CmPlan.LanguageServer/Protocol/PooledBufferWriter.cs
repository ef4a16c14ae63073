using System.Buffers;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over one array rented from a pool, replaced by a rented one
/// twice as large when full (the old one given back), so a message of megabytes costs no new array
/// once the pool holds arrays of its size. <see cref="ToMessage"/> hands the array to the message;
/// disposing before that gives it back (serialization failed or was cancelled).
/// </summary>
internal sealed class PooledBufferWriter(ArrayPool<byte> pool, int capacity) : IBufferWriter<byte>, IDisposable
{
    private byte[]? buffer = pool.Rent(Math.Max(capacity, 1));
    private int written;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Current.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(written);

    /// <summary>What was written, as a message that now owns the array.</summary>
    public OutgoingMessage ToMessage()
    {
        var message = new OutgoingMessage(Current, written, pool);
        buffer = null;
        return message;
    }

    public void Dispose()
    {
        if (buffer is { } rented)
        {
            buffer = null;
            pool.Return(rented);
        }
    }

    private byte[] Current => buffer ?? throw new ObjectDisposedException(nameof(PooledBufferWriter));

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes (one when zero) after what is written; returns the array holding it.</summary>
    private byte[] Reserve(int sizeHint)
    {
        var old = Current;
        var needed = written + Math.Max(sizeHint, 1);
        if (needed > old.Length)
        {
            var larger = pool.Rent(Math.Max(needed, old.Length * 2));
            old.AsSpan(0, written).CopyTo(larger);
            buffer = larger;
            pool.Return(old);
            return larger;
        }

        return old;
    }
}
