using System.Globalization;

namespace CmPlan.Bench.Benchmarks;

/// <summary>
/// The plan sizes, in posts: <c>CMPLAN_BENCH_SIZES</c> (comma-separated) when set — the smoke run
/// uses tiny ones — else the four. An environment variable because BenchmarkDotNet runs
/// each benchmark in a child process, which inherits it.
/// </summary>
public static class BenchSizes
{
    public static readonly int[] Full = [100, 1_000, 10_000, 50_000];

    public static IReadOnlyList<int> Current =>
        Environment.GetEnvironmentVariable("CMPLAN_BENCH_SIZES") is { Length: > 0 } sizes
            ? [.. sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
            : Full;
}
