using System.Text.Json;

namespace CmPlan.Bench.Report;

/// <summary>One benchmark of BenchmarkDotNet's full JSON export: median and p95 of its iterations, allocations per call.</summary>
internal sealed record BdnRow(string Method, int Posts, double MedianMs, double P95Ms, double AllocatedBytes);

/// <summary>Reads <c>results/*-report-full.json</c> (BenchmarkDotNet's JsonExporter.Full), times in nanoseconds.</summary>
internal sealed record BdnResults(IReadOnlyList<BdnRow> Rows, string Host)
{
    public static BdnResults Load(string artifacts)
    {
        var path = Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-full.json").Single();
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var host = json.RootElement.GetProperty("HostEnvironmentInfo");
        var rows = json.RootElement.GetProperty("Benchmarks").EnumerateArray().Select(b => new BdnRow(
            b.GetProperty("Method").GetString() ?? "",
            int.Parse(b.GetProperty("Parameters").GetString()!.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture),
            b.GetProperty("Statistics").GetProperty("Median").GetDouble() / 1e6,
            b.GetProperty("Statistics").GetProperty("Percentiles").GetProperty("P95").GetDouble() / 1e6,
            b.GetProperty("Memory").GetProperty("BytesAllocatedPerOperation").GetDouble())).ToList();
        return new BdnResults(rows, $"BenchmarkDotNet {host.GetProperty("BenchmarkDotNetVersion").GetString()}, {host.GetProperty("RuntimeVersion").GetString()}, SDK {host.GetProperty("DotNetCliVersion").GetString()}");
    }

    public IReadOnlyList<int> Sizes => [.. Rows.Select(r => r.Posts).Distinct().Order()];

    public BdnRow? Find(string method, int posts) => Rows.FirstOrDefault(r => r.Method == method && r.Posts == posts);

    public double? Median(string method, int posts) => Find(method, posts)?.MedianMs;
}
