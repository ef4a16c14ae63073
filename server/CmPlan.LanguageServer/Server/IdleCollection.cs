namespace CmPlan.LanguageServer.Server;

/// <summary>
/// Gives memory back when the server has nothing to do. An edit's garbage is mostly what the last
/// analysis kept (every moved post's binding lives until the next keystroke), so it reaches the
/// oldest generation, whose budget then grows without a full collection for a long while: a
/// 10,000-post plan typed into for 200 rounds grew to 330 MB. After <see cref="Budget"/> bytes
/// allocated since the last full collection, the first moment no message waits and no request is
/// being answered is used for one, compacting, so its pause falls between keystrokes.
/// </summary>
public sealed class IdleCollection(long budget, Action collect)
{
    /// <summary>
    /// 64 MB: a few dozen keystrokes on a 10,000-post plan. Since a keystroke that changes posts only
    /// binds those posts it makes less garbage, and with 128 MB the server's memory after 200
    /// keystrokes was 203–212 MB; with 64 MB, 133 MB, at the same latency.
    /// </summary>
    public const long DefaultBudget = 64L << 20;

    private readonly Lock gate = new();
    private int busy;
    private int fullCollections = GC.CollectionCount(2);
    private long allocatedAtLastFull = GC.GetTotalAllocatedBytes();

    public static IdleCollection Default => new(DefaultBudget, () => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true));

    /// <summary>Work started off the message loop: no collection on purpose until it ends.</summary>
    public void Begin() => Interlocked.Increment(ref busy);

    /// <summary>Work off the loop ended; <paramref name="queueEmpty"/> says whether messages wait.</summary>
    public void End(bool queueEmpty)
    {
        Interlocked.Decrement(ref busy);
        Idle(queueEmpty);
    }

    /// <summary>The loop has no message left; collects if nothing runs and the budget is spent.</summary>
    public void Idle(bool queueEmpty)
    {
        if (!queueEmpty || Volatile.Read(ref busy) > 0)
        {
            return;
        }

        lock (gate)
        {
            var (full, allocated) = (GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
            if (full != fullCollections)
            {
                // The collector ran one of its own: count from there.
                (fullCollections, allocatedAtLastFull) = (full, allocated);
                return;
            }

            if (allocated - allocatedAtLastFull < budget || Volatile.Read(ref busy) > 0)
            {
                return;
            }

            collect();
            (fullCollections, allocatedAtLastFull) = (GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        }
    }
}
