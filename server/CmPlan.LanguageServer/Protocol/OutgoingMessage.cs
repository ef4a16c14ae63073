using System.Buffers;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// One serialized message on its way to the client, owning its body: segments rented from a pool
/// (an editor's round sends megabytes of answers, which as fresh arrays were large-object-heap
/// garbage at every keystroke and a full collection per round) or a plain array. Whoever holds the
/// message sends it (<see cref="MessageWriter"/> releases it once written, or failed) or releases it
/// when dropping it; the body goes back to its pool exactly once, and reading it after is an error.
/// </summary>
public sealed class OutgoingMessage : IDisposable
{
    private readonly ArrayPool<byte>? pool;
    private Segment[]? segments;

    /// <summary>A message whose body is <paramref name="body"/>, not pooled.</summary>
    public OutgoingMessage(byte[] body)
        : this([new Segment(body, body.Length)], null)
    {
    }

    /// <summary>A message in <paramref name="segments"/>, in order, given back to <paramref name="pool"/> when released.</summary>
    internal OutgoingMessage(Segment[] segments, ArrayPool<byte>? pool)
    {
        this.segments = segments;
        this.pool = pool;
        Length = segments.Sum(s => s.Length);
    }

    /// <summary>The body's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The serialized JSON, in order; valid until the message is released.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments
    {
        get
        {
            foreach (var segment in Volatile.Read(ref segments) ?? throw new ObjectDisposedException(nameof(OutgoingMessage)))
            {
                yield return segment.Array.AsMemory(0, segment.Length);
            }
        }
    }

    /// <summary>A copy of the body in one array (tests, and callers that keep it past the message).</summary>
    public byte[] ToArray()
    {
        var copy = new byte[Length];
        var at = 0;
        foreach (var segment in Segments)
        {
            segment.Span.CopyTo(copy.AsSpan(at));
            at += segment.Length;
        }

        return copy;
    }

    /// <summary>Releases the body; later calls do nothing, so an owner may release what it already handed on.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref segments, null) is { } body && pool is not null)
        {
            foreach (var segment in body)
            {
                pool.Return(segment.Array);
            }
        }
    }

    /// <summary>The first <see cref="Length"/> bytes of <see cref="Array"/>.</summary>
    internal readonly record struct Segment(byte[] Array, int Length);
}
