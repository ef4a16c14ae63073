using System.Diagnostics;
using System.Text.RegularExpressions;
using CmPlan.Analysis;
using CmPlan.Analysis.Incremental;
using CmPlan.Bench.Benchmarks;
using CmPlan.Bench.Generation;
using CmPlan.Grammar.Text;

namespace CmPlan.Bench.Drivers;

/// <summary>
/// <c>edits --posts N --edits E</c>: the keystroke loop of <c>bench/lsp/keystrokes.mjs</c> without
/// the protocol — one-character edits through an <see cref="AnalysisSession"/>, in this process —
/// with what each edit allocates and which collections it ran into. A profiling aid (bench/README.md):
/// the protocol loop is the measurement.
/// </summary>
internal static partial class Edits
{
    private const int Warmup = 10;

    public static int Run(int posts, int edits)
    {
        using var heap = new HeapWatch();
        var text = CmPlanWriter.Write(PlanGenerator.Generate(posts));
        var at = Target(text);
        var session = new AnalysisSession(SourceText.From(text), AnalysisOptions.Default with { Clock = PlanClock.At(ReadBenchmarks.Now) });
        var times = new List<double>();
        long allocated = 0;
        var withFullCollection = 0;
        var paused = TimeSpan.Zero;
        var boundWhole = 0;
        for (var n = 0; n < Warmup + edits; n++)
        {
            var (bytes, full, pause) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var clock = Stopwatch.StartNew();
            session.Edit(n % 2 == 0 ? new TextSpan(at, 0) : new TextSpan(at, 1), n % 2 == 0 ? "e" : string.Empty);
            if (n >= Warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
                allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
                withFullCollection += GC.CollectionCount(2) > full ? 1 : 0;
                paused += GC.GetTotalPauseDuration() - pause;
                boundWhole += session.BoundWhole ? 1 : 0;
            }
        }

        var samples = new Samples("edit", times);
        Console.WriteLine(
            $"{posts} posts, {edits} edits in process: p50 {samples.MedianMs:F1} ms, p95 {samples.P95Ms:F1} ms, "
            + $"{allocated / (double)edits / 1e6:F1} MB allocated per edit, {withFullCollection} edits ran into a full collection, {paused.TotalMilliseconds / edits:F1} ms paused by the collector per edit, "
            + $"{GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB live after them, {boundWhole} bound the whole plan");
        GC.KeepAlive(session);
        heap.Report(Console.Out);

        return 0;
    }

    /// <summary>Where keystrokes.mjs types: before the last character of the first text line of the first multi-line post from the middle on.</summary>
    internal static int Target(string text)
    {
        var posts = PostHeader().Matches(text);
        var from = posts[posts.Count / 2].Index;
        var block = MultiLineText().Match(text, from);
        var lineEnd = text.IndexOf('\n', block.Index + block.Length);
        return lineEnd - 1;
    }

    [GeneratedRegex(@"^post \S+", RegexOptions.Multiline)]
    private static partial Regex PostHeader();

    [GeneratedRegex(@"^\s+text[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex MultiLineText();
}
