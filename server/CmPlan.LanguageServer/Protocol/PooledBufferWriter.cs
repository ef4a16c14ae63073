using System.Buffers;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over segments rented from a pool: a first one of about the
/// expected size, then <see cref="SegmentSize"/> ones as needed. Nothing is copied as a message
/// grows, and the pool is asked for one size of array again and again, so it holds few (one array
/// doubled up to each message's size left every size of array in it, per thread: megabytes more
/// resident). <see cref="ToMessage"/> hands the segments to the message; disposing before that gives
/// them back (serialization failed or was cancelled).
/// </summary>
internal sealed class PooledBufferWriter(ArrayPool<byte> pool, int capacity) : IBufferWriter<byte>, IDisposable
{
    /// <summary>64 KiB: under the large-object heap's 85,000 bytes, should the pool have none left.</summary>
    public const int SegmentSize = 1 << 16;

    private readonly List<OutgoingMessage.Segment> full = [];
    private byte[]? current = pool.Rent(Math.Clamp(capacity, 1, SegmentSize));
    private int written;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Current.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(written);

    /// <summary>What was written, as a message that now owns the segments.</summary>
    public OutgoingMessage ToMessage()
    {
        full.Add(new OutgoingMessage.Segment(Current, written));
        current = null;
        var message = new OutgoingMessage([.. full], pool);
        full.Clear();
        return message;
    }

    public void Dispose()
    {
        if (current is { } rented)
        {
            current = null;
            full.Add(new OutgoingMessage.Segment(rented, 0));
        }

        foreach (var segment in full)
        {
            pool.Return(segment.Array);
        }

        full.Clear();
    }

    private byte[] Current => current ?? throw new ObjectDisposedException(nameof(PooledBufferWriter));

    /// <summary>The segment with room for at least <paramref name="sizeHint"/> bytes (one when zero) after <see cref="written"/>: the current one, or a new one.</summary>
    private byte[] Reserve(int sizeHint)
    {
        var array = Current;
        var needed = Math.Max(sizeHint, 1);
        if (array.Length - written >= needed)
        {
            return array;
        }

        current = null;
        if (written == 0)
        {
            pool.Return(array);
        }
        else
        {
            full.Add(new OutgoingMessage.Segment(array, written));
        }

        written = 0;
        current = pool.Rent(Math.Max(needed, SegmentSize));
        return current;
    }
}
