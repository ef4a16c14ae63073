using System.Text.Json;

namespace CmPlan.Bench.Report;

/// <summary>One benchmark of BenchmarkDotNet's full JSON export: median and p95 of its iterations, allocations per call.</summary>
internal sealed record BdnRow(string Method, int Posts, double MedianMs, double P95Ms, double AllocatedBytes);

/// <summary>Reads <c>results/*-report-full.json</c> (BenchmarkDotNet's JsonExporter.Full), times in nanoseconds.</summary>
internal sealed record BdnResults(IReadOnlyList<BdnRow> Rows, string Host)
{
    /// <summary>Every benchmark class's report (one file each), the host from the first.</summary>
    public static BdnResults Load(string artifacts)
    {
        var rows = new List<BdnRow>();
        var host = "";
        foreach (var path in Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-full.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var environment = json.RootElement.GetProperty("HostEnvironmentInfo");
            host = host.Length > 0 ? host : $"BenchmarkDotNet {environment.GetProperty("BenchmarkDotNetVersion").GetString()}, {environment.GetProperty("RuntimeVersion").GetString()}, SDK {environment.GetProperty("DotNetCliVersion").GetString()}";
            rows.AddRange(json.RootElement.GetProperty("Benchmarks").EnumerateArray().Select(b => new BdnRow(
                b.GetProperty("Method").GetString() ?? "",
                int.Parse(b.GetProperty("Parameters").GetString()!.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture),
                b.GetProperty("Statistics").GetProperty("Median").GetDouble() / 1e6,
                b.GetProperty("Statistics").GetProperty("Percentiles").GetProperty("P95").GetDouble() / 1e6,
                b.GetProperty("Memory").GetProperty("BytesAllocatedPerOperation").GetDouble())));
        }

        return new BdnResults(rows, host);
    }

    /// <summary>The sizes the reading benchmarks ran at (the folder check runs at one of them).</summary>
    public IReadOnlyList<int> Sizes => [.. Rows.Where(r => r.Method == "CmPlanCheck").Select(r => r.Posts).Distinct().Order()];

    public BdnRow? Find(string method, int posts) => Rows.FirstOrDefault(r => r.Method == method && r.Posts == posts);

    public double? Median(string method, int posts) => Find(method, posts)?.MedianMs;
}
