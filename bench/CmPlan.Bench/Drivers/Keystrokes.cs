using System.Diagnostics;
using CmPlan.Analysis;
using CmPlan.Bench.Benchmarks;
using CmPlan.Bench.Generation;
using CmPlan.LanguageServer.Protocol;
using CmPlan.LanguageServer.Protocol.Types;
using CmPlan.LanguageServer.Server;

namespace CmPlan.Bench.Drivers;

/// <summary>
/// <c>keystrokes --posts N --edits E</c>: the loop of <c>bench/lsp/keystrokes.mjs</c> through the
/// server's <see cref="Workspace"/>, in this process — each one-character edit applied, analysed, its
/// diagnostics converted to LSP and the <c>publishDiagnostics</c> notification serialised — without
/// the pipe and the client. What <c>edits</c> times plus the protocol's edge: a profiling aid.
/// </summary>
internal static class Keystrokes
{
    private const int Warmup = 10;

    public static int Run(int posts, int edits)
    {
        var text = CmPlanWriter.Write(PlanGenerator.Generate(posts));
        var at = Edits.Target(text);
        var line = text.AsSpan(0, at).Count('\n');
        var character = at - (text.LastIndexOf('\n', at - 1) + 1);
        long bytes = 0;
        var workspace = new Workspace(
            new ServerOptions(AnalysisOptions.Default with { Clock = PlanClock.At(ReadBenchmarks.Now) }),
            published =>
            {
                using var message = Rpc.Notification("textDocument/publishDiagnostics", published, LspJsonContext.Default.PublishDiagnosticsParams);
                bytes += message.Length;
            },
            (_, _) => { },
            () => { });
        const string uri = "file:///bench/plan.cmplan";
        workspace.Open(new TextDocumentItem(uri, "cmplan", 1, text));
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var n = 0; n < Warmup + edits; n++)
        {
            var insert = n % 2 == 0;
            var range = new RangeDto(new Position(line, character), new Position(line, insert ? character : character + 1));
            var change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, n + 2), [new TextDocumentContentChangeEvent(insert ? "e" : string.Empty, range)]);
            process.Refresh();
            var used = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            workspace.Change(change);
            workspace.Flush();
            if (n >= Warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - used).TotalMilliseconds);
            }
        }

        var samples = new Samples("keystroke", times);
        Console.WriteLine(
            $"{posts} posts, {edits} keystrokes → publishDiagnostics in process: min {samples.MinMs:F1} ms, p50 {samples.MedianMs:F1} ms, "
            + $"p95 {samples.P95Ms:F1} ms; CPU (every thread) p50 {new Samples("cpu", cpu).MedianMs:F1} ms, mean {cpu.Average():F1} ms; {bytes / (double)(Warmup + edits + 1) / 1e3:F0} KB published per edit");
        return 0;
    }
}
