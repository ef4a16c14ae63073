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
/// the protocol loop is the measurement. <c>--at top</c> or <c>bottom</c> types in the first or last
/// post instead of the middle one: what an edit costs for the posts it moves.
/// </summary>
internal static partial class Edits
{
    private const int Warmup = 10;

    public static int Run(int posts, int edits, string where)
    {
        if (where is not ("top" or "middle" or "bottom"))
        {
            Console.Error.WriteLine($"edits: --at top, middle or bottom, not '{where}'");
            return 2;
        }

        using var heap = new HeapWatch();
        var text = CmPlanWriter.Write(PlanGenerator.Generate(posts));
        var at = Target(text, where);
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
            $"{posts} posts, {edits} edits in process ({where}): p50 {samples.MedianMs:F1} ms, p95 {samples.P95Ms:F1} ms, "
            + $"{allocated / (double)edits / 1e6:F1} MB allocated per edit, {withFullCollection} edits ran into a full collection, {paused.TotalMilliseconds / edits:F1} ms paused by the collector per edit, "
            + $"{GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB live after them, {boundWhole} bound the whole plan");
        GC.KeepAlive(session);
        heap.Report(Console.Out);

        return 0;
    }

    /// <summary>
    /// Where keystrokes.mjs types (<paramref name="where"/> "middle"): before the last character of the
    /// first text line of the first multi-line post from the middle on; from the first post for "top",
    /// from the last ones for "bottom".
    /// </summary>
    internal static int Target(string text, string where = "middle")
    {
        var posts = PostHeader().Matches(text);
        var from = posts[where switch { "top" => 0, "bottom" => Math.Max(0, posts.Count - 20), _ => posts.Count / 2 }].Index;
        var block = MultiLineText().Match(text, from);
        if (!block.Success)
        {
            throw new InvalidOperationException($"no post with a multi-line text from the {where} of the plan on");
        }

        var lineEnd = text.IndexOf('\n', block.Index + block.Length);
        return lineEnd - 1;
    }

    [GeneratedRegex(@"^post \S+", RegexOptions.Multiline)]
    private static partial Regex PostHeader();

    [GeneratedRegex(@"^\s+text[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex MultiLineText();
}
