using System.Text.Json;

namespace CmPlan.Bench.Report;

/// <summary>What <c>bench/lsp/keystrokes.mjs</c> wrote for one server; <see cref="DebounceMs"/> is the server's own wait before it validates, if it has one.</summary>
internal sealed record LspResult(
    string Server,
    string? ServerVersion,
    string Node,
    string File,
    string Post,
    int DiagnosticsAtOpen,
    double OpenMs,
    int Warmup,
    int Edits,
    double FirstEditMs,
    double P50Ms,
    double P95Ms,
    double MaxMs,
    long RssAfterOpenKiB,
    long RssEndKiB,
    long HwmEndKiB,
    double? DebounceMs)
{
    public static LspResult Load(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var r = json.RootElement;
        var memory = r.GetProperty("memory");
        return new LspResult(
            r.GetProperty("server").GetString()!,
            r.GetProperty("serverVersion").GetString(),
            r.GetProperty("node").GetString()!,
            r.GetProperty("file").GetString()!,
            r.GetProperty("post").GetString()!,
            r.GetProperty("diagnosticsAtOpen").GetInt32(),
            r.GetProperty("openMs").GetDouble(),
            r.GetProperty("warmup").GetInt32(),
            r.GetProperty("edits").GetInt32(),
            r.GetProperty("firstEditMs").GetDouble(),
            r.GetProperty("p50Ms").GetDouble(),
            r.GetProperty("p95Ms").GetDouble(),
            r.GetProperty("maxMs").GetDouble(),
            memory.GetProperty("afterOpen").GetProperty("rssKiB").GetInt64(),
            memory.GetProperty("end").GetProperty("rssKiB").GetInt64(),
            memory.GetProperty("end").GetProperty("hwmKiB").GetInt64(),
            r.TryGetProperty("debounceMs", out var debounce) && debounce.ValueKind == JsonValueKind.Number ? debounce.GetDouble() : null);
    }
}
