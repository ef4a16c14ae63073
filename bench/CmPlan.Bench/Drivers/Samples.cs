using System.Text.Json.Serialization;

namespace CmPlan.Bench.Drivers;

/// <summary>Repeated timings of one thing, in milliseconds, and the statistics the report shows.</summary>
internal sealed record Samples(string Name, IReadOnlyList<double> TimesMs)
{
    public double MedianMs => Percentile(50);

    public double P95Ms => Percentile(95);

    public double MinMs => TimesMs.Min();

    public double MaxMs => TimesMs.Max();

    /// <summary>Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.</summary>
    public double Percentile(double p)
    {
        var sorted = TimesMs.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ColdStartResult))]
[JsonSerializable(typeof(StagesResult))]
internal sealed partial class DriverJsonContext : JsonSerializerContext;
