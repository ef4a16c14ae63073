using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CmPlan.Analysis;
using CmPlan.Bench.Content;
using CmPlan.Bench.Generation;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Text;
using NodaTime;
using YamlDotNet.Serialization;

namespace CmPlan.Bench.Benchmarks;

/// <summary>
/// The same generated plan read four ways, each from the text already in memory: CmPlan's parse
/// alone and its whole check, System.Text.Json (source-generated) and YamlDotNet into the DTOs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ReadBenchmarks
{
    /// <summary>"Now" before the plan starts, as the CLI's <c>--now</c> would fix it: the same diagnostics every run.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 0, 0);

    private readonly AnalysisOptions options = AnalysisOptions.Default with { Clock = PlanClock.At(Now) };
    private readonly IDeserializer yamlReader = PlanYaml.CreateReader();
    private string cmplan = "";
    private string json = "";
    private string yaml = "";

    [ParamsSource(nameof(Sizes))]
    public int Posts { get; set; }

    public static IEnumerable<int> Sizes => BenchSizes.Current;

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanGenerator.Generate(Posts);
        cmplan = CmPlanWriter.Write(plan);
        json = PlanJson.Write(plan);
        yaml = PlanYaml.Write(plan);
    }

    [Benchmark]
    public DocumentSyntax CmPlanParse() => PlanParser.Parse(SourceText.From(cmplan));

    [Benchmark]
    public AnalysisResult CmPlanCheck() => PlanAnalyzer.Analyze(cmplan, options);

    [Benchmark]
    public PlanDocument SystemTextJson() => PlanJson.Read(json);

    [Benchmark]
    public PlanDocument YamlDotNet() => yamlReader.Deserialize<PlanDocument>(yaml);
}
