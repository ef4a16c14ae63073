using System.Buffers;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// One serialized message on its way to the client, owning its body: memory rented from a pool
/// (an editor's round sends megabytes of answers, which as fresh arrays were large-object-heap
/// garbage at every keystroke and a full collection per round) or a plain array. Whoever holds the
/// message sends it (<see cref="MessageWriter"/> releases it once written, or failed) or releases it
/// when dropping it; the body goes back to its pool exactly once, and reading it after is an error.
/// </summary>
public sealed class OutgoingMessage : IDisposable
{
    private readonly ArrayPool<byte>? pool;
    private byte[]? buffer;

    /// <summary>A message whose body is <paramref name="body"/>, not pooled.</summary>
    public OutgoingMessage(byte[] body)
        : this(body, body.Length, null)
    {
    }

    /// <summary>A message in the first <paramref name="length"/> bytes of <paramref name="buffer"/>, given back to <paramref name="pool"/> when released.</summary>
    internal OutgoingMessage(byte[] buffer, int length, ArrayPool<byte>? pool)
    {
        this.buffer = buffer;
        this.pool = pool;
        Length = length;
    }

    /// <summary>The body's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The serialized JSON; valid until the message is released.</summary>
    public ReadOnlyMemory<byte> Body => (Volatile.Read(ref buffer) ?? throw new ObjectDisposedException(nameof(OutgoingMessage))).AsMemory(0, Length);

    /// <summary>A copy of the body (tests, and callers that keep it past the message).</summary>
    public byte[] ToArray() => Body.ToArray();

    /// <summary>A plain array as a message (what answers were before they were pooled).</summary>
    public static implicit operator OutgoingMessage(byte[] body) => new(body);

    /// <summary>
    /// For code written when answers were <c>byte[]</c>: the body copied out, and the message
    /// released, so it must not be used after. Declare <see cref="OutgoingMessage"/> instead, to keep
    /// a large answer out of the large-object heap.
    /// </summary>
    public static implicit operator byte[](OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using (message)
        {
            return message.ToArray();
        }
    }

    /// <summary>Releases the body; later calls do nothing, so an owner may release what it already handed on.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref buffer, null) is { } body)
        {
            pool?.Return(body);
        }
    }
}
