using System.Text.Json;
using CmPlan.Bench.Drivers;

namespace CmPlan.Bench.Report;

/// <summary>
/// Everything one run of <c>bench/run.sh</c> left in its output folder: run.json, load.txt, plans/,
/// check-SIZE.json, bdn/, lsp-cmplan.json, lsp-yaml.json, coldstart.json, stages.json; and
/// lsp-cmplan-native.json, the same loop against the native server, when the run measured it.
/// </summary>
internal sealed record ReportInputs(
    string Folder,
    JsonElement Run,
    BdnResults Bdn,
    IReadOnlyDictionary<int, CheckCounts> Checks,
    LspResult CmPlanLsp,
    LspResult YamlLsp,
    LspResult? CmPlanNativeLsp,
    ColdStartResult ColdStart,
    StagesResult Stages)
{
    public static ReportInputs Load(string folder)
    {
        var bdn = BdnResults.Load(Path.Combine(folder, "bdn"));
        return new ReportInputs(
            folder,
            JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json"))).RootElement.Clone(),
            bdn,
            bdn.Sizes.ToDictionary(size => size, size => CheckCounts.Load(Path.Combine(folder, $"check-{size}.json"))),
            LspResult.Load(Path.Combine(folder, "lsp-cmplan.json")),
            LspResult.Load(Path.Combine(folder, "lsp-yaml.json")),
            File.Exists(Path.Combine(folder, "lsp-cmplan-native.json")) ? LspResult.Load(Path.Combine(folder, "lsp-cmplan-native.json")) : null,
            Read(folder, "coldstart.json", DriverJsonContext.Default.ColdStartResult),
            Read(folder, "stages.json", DriverJsonContext.Default.StagesResult));
    }

    /// <summary>The one-minute load average at each step of the run (bench/run.sh appends /proc/loadavg to load.txt).</summary>
    public IReadOnlyList<double> LoadAverages =>
        [.. File.ReadAllLines(Path.Combine(Folder, "load.txt")).Select(Machine.LoadAverage)];

    /// <summary>The cmplan servers measured, each with its name in the report: the ReadyToRun build, then the native one if measured.</summary>
    public IReadOnlyList<(string Name, LspResult Result)> CmPlanServers =>
        CmPlanNativeLsp is { } native ? [("cmplan lsp (ReadyToRun)", CmPlanLsp), ("cmplan lsp (native)", native)] : [("cmplan lsp", CmPlanLsp)];

    public string RunValue(string key) => Run.TryGetProperty(key, out var value) ? value.ToString() : "";

    /// <summary>Size in bytes of a generated plan file.</summary>
    public long FileBytes(int size, string extension) => new FileInfo(Generate.PathOf(Path.Combine(Folder, "plans"), size, extension)).Length;

    /// <summary>The reference size (10,000 posts) if measured, else the largest (a smoke run).</summary>
    public int Reference => Bdn.Sizes.Contains(10_000) ? 10_000 : Bdn.Sizes[^1];

    /// <summary>The largest size (50,000), else the largest measured.</summary>
    public int Largest => Bdn.Sizes[^1];

    private static T Read<T>(string folder, string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(folder, file)), type) ?? throw new JsonException($"{file} is empty.");
}
