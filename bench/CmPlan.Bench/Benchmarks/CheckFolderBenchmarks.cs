using BenchmarkDotNet.Attributes;
using CmPlan.Bench.Generation;
using CmPlan.Cli;

namespace CmPlan.Bench.Benchmarks;

/// <summary>
/// <c>cmplan check</c> as the command line runs it (in process, output discarded): one generated plan,
/// then a folder of <see cref="Copies"/> copies of it, on every core and with <c>--jobs 1</c> (issue 15,
/// "Every core": the folder should take about copies ÷ cores times the one file, not copies times).
/// </summary>
[MemoryDiagnoser]
public class CheckFolderBenchmarks
{
    public const int Copies = 6;

    private readonly string root = Path.Combine(Path.GetTempPath(), "cmplan-bench-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The largest size up to 10,000 posts (the plan), or the smallest when all are larger.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Posts { get; set; }

    public static IEnumerable<int> Sizes => [BenchSizes.Current.Where(s => s <= 10_000).DefaultIfEmpty(BenchSizes.Current.Min()).Max()];

    private string OneFile => Path.Combine(root, "one", "plan.cmplan");

    private string Folder => Path.Combine(root, "folder");

    [GlobalSetup]
    public void Setup()
    {
        var text = CmPlanWriter.Write(PlanGenerator.Generate(Posts));
        Directory.CreateDirectory(Path.GetDirectoryName(OneFile)!);
        File.WriteAllText(OneFile, text);
        Directory.CreateDirectory(Folder);
        for (var i = 1; i <= Copies; i++)
        {
            File.WriteAllText(Path.Combine(Folder, $"plan-{i}.cmplan"), text);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    [Benchmark]
    public int CheckOneFile() => Check(OneFile);

    [Benchmark]
    public int CheckFolder() => Check(Folder);

    [Benchmark]
    public int CheckFolderOneJob() => Check(Folder, "--jobs", "1");

    /// <summary>Exit 1 is the expected result: the generated plans carry deliberate mistakes.</summary>
    private int Check(params string[] args) =>
        CliApp.Run(["check", "--now", "2026-12-01", .. args], new CliEnvironment(Stream.Null, TextWriter.Null, TextWriter.Null, root));
}
