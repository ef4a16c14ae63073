using System.Buffers;

namespace CmPlan.LanguageServer.Protocol;

/// <summary>
/// The pool outgoing messages are serialized into: <see cref="ArrayPool{T}.Shared"/>, unless a
/// server run chose another (<c>ServerOptions.Pool</c>, to count what is rented and given back).
/// It is ambient because a response is written from deep in a handler (<c>Rpc</c> is static), and
/// async-local so that it follows the run into its background work and no further.
/// </summary>
public static class MessagePool
{
    private static readonly AsyncLocal<ArrayPool<byte>?> Chosen = new();

    public static ArrayPool<byte> Current => Chosen.Value ?? ArrayPool<byte>.Shared;

    /// <summary>Uses <paramref name="pool"/> in this async flow until the result is disposed.</summary>
    public static IDisposable Use(ArrayPool<byte> pool)
    {
        var previous = Chosen.Value;
        Chosen.Value = pool;
        return new Restore(previous);
    }

    private sealed class Restore(ArrayPool<byte>? previous) : IDisposable
    {
        public void Dispose() => Chosen.Value = previous;
    }
}
