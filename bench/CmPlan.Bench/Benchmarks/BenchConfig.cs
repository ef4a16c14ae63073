using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CmPlan.Bench.Benchmarks;

/// <summary>
/// How BenchmarkDotNet runs: the full run in a child process per benchmark, 3 warm-ups and 15
/// measured iterations (medians resist the noise of a shared machine); the smoke run once, in
/// process (BenchmarkDotNet's Dry job), only to prove every benchmark runs. Every benchmark runs
/// with the garbage collector the <c>cmplan</c> executable ships with (server, not concurrent, conserving memory).
/// </summary>
public static class BenchConfig
{
    public static IConfig Create(bool smoke, string artifacts)
    {
        var job = smoke
            ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance)
            : Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithGcServer(true).WithGcConcurrent(false)
                .WithEnvironmentVariable("DOTNET_GCConserveMemory", "7");
        return DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddExporter(JsonExporter.Full)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}
