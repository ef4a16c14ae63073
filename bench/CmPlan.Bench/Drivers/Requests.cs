using System.Diagnostics;
using System.Globalization;
using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Bench.Benchmarks;
using CmPlan.Bench.Generation;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Bench.Drivers;

/// <summary>
/// <c>requests --posts N --rounds R</c>: the editor round of <c>bench/lsp/round.mjs</c> through the
/// server's <see cref="Dispatcher"/> in this process — after each one-character edit, each request
/// handled and its answer serialized, one after the other — with each request's time and answer
/// size. A profiling aid (bench/README.md): the protocol round is the measurement.
/// </summary>
internal static class Requests
{
    private const int Warmup = 10;
    private const string Uri = "file:///bench/plan.cmplan";
    private const string Doc = $$$"""{"uri":"{{{Uri}}}"}""";

    /// <summary>Runs the round, or only the messages named in <paramref name="only"/> (what allocates what).</summary>
    public static int Run(int posts, int rounds, IReadOnlyCollection<string>? only)
    {
        using var heap = new HeapWatch();
        var text = CmPlanWriter.Write(PlanGenerator.Generate(posts));
        var offset = Edits.Target(text);
        var line = text.AsSpan(0, offset).Count('\n');
        var character = offset - (text.LastIndexOf('\n', offset - 1) + 1);
        var dispatcher = new Dispatcher(new ServerOptions(new AnalysisOptions(PlanClock.At(ReadBenchmarks.Now), ConfigFile.Empty)));
        Handle(dispatcher, Message(1, "initialize", """{"processId":1,"capabilities":{}}"""));
        Handle(dispatcher, Message(null, "initialized", "{}"));
        Handle(dispatcher, Message(null, "textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{Uri}}}","languageId":"cmplan","version":1,"text":{{{System.Text.Json.JsonSerializer.Serialize(text, BenchJson.Default.String)}}}}}"""));

        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        string? tokens = null;
        var (fullBefore, pausedBefore) = (0, TimeSpan.Zero);
        var id = 10;
        for (var n = 0; n < Warmup + rounds; n++)
        {
            if (n == Warmup)
            {
                (fullBefore, pausedBefore) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
            }

            var insert = n % 2 == 0;
            var cursor = $$$"""{"line":{{{line}}},"character":{{{(insert ? character + 1 : character)}}}}""";
            var range = $$$"""{"start":{"line":{{{line}}},"character":{{{character}}}},"end":{"line":{{{line}}},"character":{{{(insert ? character : character + 1)}}}}}""";
            var round = new (string Name, string? Message)[]
            {
                ("didChange", Message(null, "textDocument/didChange", $$$"""{"textDocument":{"uri":"{{{Uri}}}","version":{{{n + 2}}}},"contentChanges":[{"range":{{{range}}},"text":"{{{(insert ? "e" : "")}}}"}]}""")),
                ("codeAction", Message(id++, "textDocument/codeAction", $$$"""{"textDocument":{{{Doc}}},"range":{"start":{{{cursor}}},"end":{{{cursor}}}},"context":{"diagnostics":[],"triggerKind":2}}""")),
                ("documentSymbol", Message(id++, "textDocument/documentSymbol", $$$"""{"textDocument":{{{Doc}}}}""")),
                ("foldingRange", Message(id++, "textDocument/foldingRange", $$$"""{"textDocument":{{{Doc}}}}""")),
                ("semanticTokens", tokens is null
                    ? Message(id++, "textDocument/semanticTokens/full", $$$"""{"textDocument":{{{Doc}}}}""")
                    : Message(id++, "textDocument/semanticTokens/full/delta", $$$"""{"textDocument":{{{Doc}}},"previousResultId":"{{{tokens}}}"}""")),
                ("inlayHint", Message(id++, "textDocument/inlayHint", $$$"""{"textDocument":{{{Doc}}},"range":{"start":{"line":{{{Math.Max(0, line - 30)}}},"character":0},"end":{"line":{{{line + 30}}},"character":0} }}""")),
                ("documentHighlight", Message(id++, "textDocument/documentHighlight", $$$"""{"textDocument":{{{Doc}}},"position":{{{cursor}}}}""")),
                ("hover", Message(id++, "textDocument/hover", $$$"""{"textDocument":{{{Doc}}},"position":{"line":{{{line - 2}}},"character":4}}""")),
            };
            foreach (var (name, message) in round.Where(r => only is null || only.Contains(r.Name)))
            {
                var clock = Stopwatch.StartNew();
                using var answer = Handle(dispatcher, message!, more: name == "didChange");
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (name == "semanticTokens")
                {
                    using var parsed = System.Text.Json.JsonDocument.Parse(answer!.ToArray());
                    tokens = parsed.RootElement.GetProperty("result").GetProperty("resultId").GetString();
                }

                if (n >= Warmup)
                {
                    (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(elapsed);
                    sizes[name] = answer?.Length ?? 0;
                }
            }
        }

        Console.WriteLine(
            $"{posts} posts, {rounds} rounds in process (ms; answer bytes); {GC.CollectionCount(2) - fullBefore} full collections, "
            + $"{(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms paused by the collector:");
        foreach (var (name, list) in times)
        {
            var samples = new Samples(name, list);
            Console.WriteLine($"  {name,-18} min {samples.MinMs,7:F2}  p50 {samples.MedianMs,7:F2}  p95 {samples.P95Ms,7:F2}  {sizes[name],9:N0} B");
        }

        heap.Report(Console.Out);

        return 0;
    }

    private static string Message(int? id, string method, string parameters) =>
        id is { } number
            ? $$$"""{"jsonrpc":"2.0","id":{{{number.ToString(CultureInfo.InvariantCulture)}}},"method":"{{{method}}}","params":{{{parameters}}}}"""
            : $$$"""{"jsonrpc":"2.0","method":"{{{method}}}","params":{{{parameters}}}}""";

    /// <summary>
    /// Handles one message as the server's loop would, background work included; returns the answer
    /// to a request, for the caller to release. The other messages (diagnostics) are released
    /// unsent, which gives their pooled buffers back as writing them would.
    /// </summary>
    private static OutgoingMessage? Handle(Dispatcher dispatcher, string json, bool more = false)
    {
        var result = dispatcher.Handle(LspServer.Parse(Encoding.UTF8.GetBytes(json)).Message!, more);
        foreach (var message in result.Messages)
        {
            message.Dispose();
        }

        return result.Answer ?? result.Later?.Invoke(CancellationToken.None);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class BenchJson : System.Text.Json.Serialization.JsonSerializerContext;
