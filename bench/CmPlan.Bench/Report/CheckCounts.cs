using System.Text.Json;

namespace CmPlan.Bench.Report;

/// <summary>What <c>cmplan check --format json</c> said about one generated plan: counts by severity and by rule.</summary>
internal sealed record CheckCounts(int Errors, int Warnings, int Infos, int Hints, IReadOnlyList<(string Rule, int Count)> Rules)
{
    public int Total => Errors + Warnings + Infos + Hints;

    public static CheckCounts Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var summary = json.RootElement.GetProperty("summary");
        var rules = json.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
            .GroupBy(d => d.GetProperty("rule").GetString() ?? "")
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new CheckCounts(
            summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(),
            summary.GetProperty("infos").GetInt32(), summary.GetProperty("hints").GetInt32(), rules);
    }
}
