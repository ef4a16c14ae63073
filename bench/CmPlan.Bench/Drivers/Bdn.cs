using BenchmarkDotNet.Running;
using CmPlan.Bench.Benchmarks;

namespace CmPlan.Bench.Drivers;

/// <summary><c>bdn --artifacts DIR [--smoke]</c>: the BenchmarkDotNet part; results land in DIR/results/*-report-full.json.</summary>
internal static class Bdn
{
    public static int Run(string artifacts, string[] rest)
    {
        var smoke = rest.Contains("--smoke");
        var summaries = BenchmarkSwitcher.FromTypes([typeof(ReadBenchmarks)])
            .Run([.. rest.Where(a => a != "--smoke"), "--filter", "*"], BenchConfig.Create(smoke, artifacts));
        return summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success)) ? 0 : 1;
    }
}
