using System.Buffers;
using System.Collections.Concurrent;

namespace CmPlan.Tests.LanguageServer;

/// <summary>
/// A pool that checks the server's bookkeeping: every array it rents must come back exactly once,
/// and one given back is overwritten at once, so that anything still reading it (a use after
/// return) sends '#' instead of JSON and fails the test that reads it.
/// </summary>
public sealed class CountingPool : ArrayPool<byte>
{
    private readonly ConcurrentDictionary<byte[], bool> lent = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentQueue<string> errors = new();
    private int rented;

    public int Rented => Volatile.Read(ref rented);

    public override byte[] Rent(int minimumLength)
    {
        var array = new byte[minimumLength];
        lent[array] = true;
        Interlocked.Increment(ref rented);
        return array;
    }

    public override void Return(byte[] array, bool clearArray = false)
    {
        if (!lent.TryRemove(array, out _))
        {
            errors.Enqueue($"an array of {array.Length} bytes given back twice, or never rented here");
            return;
        }

        array.AsSpan().Fill((byte)'#');
    }

    /// <summary>Nothing given back twice, nothing kept; at least <paramref name="rented"/> arrays lent, so that the test did go through the pool.</summary>
    public void AssertAllReturnedOnce(int rented)
    {
        Assert.Empty(errors);
        Assert.Empty(lent);
        Assert.True(Rented >= rented, $"{Rented} arrays rented, expected at least {rented}");
    }
}
