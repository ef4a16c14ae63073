using System.Diagnostics.Tracing;
using System.Globalization;

namespace CmPlan.Bench.Drivers;

/// <summary>
/// What lands on the large object heap (by type, from the runtime's allocation samples, about one
/// per 100 KB) and which collections ran, and why: a large-object allocation that starts a full
/// collection is what an edit's or a request's arrays of tens of thousands of items cost beyond
/// their own time. The runtime's events reach a listener late, so nothing here says which message
/// allocated what: run a driver with <c>--only</c> for that.
/// </summary>
internal sealed class HeapWatch : EventListener
{
    private readonly Dictionary<string, (int Count, long Bytes)> large = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, long Bytes)> small = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> collections = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The runtime's reasons for a collection (GCStart's <c>Reason</c>) that matter here.</summary>
    private static readonly Dictionary<int, string> Reasons = new()
    {
        [0] = "small allocations",
        [1] = "induced",
        [4] = "a large allocation",
        [6] = "low memory",
    };

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.Payload is not { } payload || e.PayloadNames is not { } names || e.EventName is not { } name)
        {
            return;
        }

        object Field(string field) => payload[names.IndexOf(field)]!;
        lock (gate)
        {
            if (name.StartsWith("GCStart", StringComparison.Ordinal))
            {
                var reason = Convert.ToInt32(Field("Reason"), CultureInfo.InvariantCulture);
                var key = $"gen{Field("Depth")}, {(Reasons.TryGetValue(reason, out var said) ? said : $"reason {reason}")}";
                collections[key] = collections.GetValueOrDefault(key) + 1;
            }
            else if (name.StartsWith("GCAllocationTick", StringComparison.Ordinal))
            {
                // A sample stands for about 100 KB of its heap's allocations: what it weighs on the small heap, what it is on the large one.
                var isLarge = Convert.ToInt32(Field("AllocationKind"), CultureInfo.InvariantCulture) == 1;
                var table = isLarge ? large : small;
                var type = Field("TypeName").ToString() ?? "?";
                var (count, bytes) = table.GetValueOrDefault(type);
                table[type] = (count + 1, bytes + (isLarge ? Convert.ToInt64(Field("ObjectSize"), CultureInfo.InvariantCulture) : Convert.ToInt64(Field("AllocationAmount"), CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>Prints the collections and the large-object types seen, the largest first.</summary>
    public void Report(TextWriter output)
    {
        lock (gate)
        {
            output.WriteLine($"  collections: {string.Join("; ", collections.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}");
            foreach (var (type, (count, bytes)) in large.OrderByDescending(l => l.Value.Bytes).Take(12))
            {
                output.WriteLine($"  large object heap: {type,-70} {count,6} samples {bytes / 1e6,9:F1} MB");
            }

            foreach (var (type, (count, bytes)) in small.OrderByDescending(l => l.Value.Bytes).Take(20))
            {
                output.WriteLine($"  small objects, sampled: {type,-70} {count,6} samples {bytes / 1e6,9:F1} MB");
            }
        }
    }
}
