using BenchmarkDotNet.Running;
using CmPlan.Bench.Benchmarks;

namespace CmPlan.Bench.Drivers;

/// <summary>
/// <c>bdn --artifacts DIR [--smoke] [options]</c>: the BenchmarkDotNet part; results land in
/// DIR/results/*-report-full.json. Other options go to BenchmarkDotNet (<c>--filter *Check*</c>, <c>--profiler EP</c>).
/// </summary>
internal static class Bdn
{
    public static int Run(string artifacts, string[] rest)
    {
        var smoke = rest.Contains("--smoke");
        string[] options = [.. rest.Where(a => a != "--smoke")];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(ReadBenchmarks), typeof(CheckFolderBenchmarks)])
            .Run(options.Contains("--filter") ? options : [.. options, "--filter", "*"], BenchConfig.Create(smoke, artifacts));
        return summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success)) ? 0 : 1;
    }
}
