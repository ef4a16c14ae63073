using System.Diagnostics;
using System.Text.Json;

namespace CmPlan.Bench.Drivers;

internal sealed record ColdStartResult(int Runs, int Warmup, IReadOnlyList<ColdStartCommand> Commands);

internal sealed record ColdStartCommand(string Name, string CommandLine, int ExitCode, double MedianMs, double P95Ms, double MinMs, double MaxMs, IReadOnlyList<double> TimesMs);

/// <summary>
/// <c>coldstart --runs N --warmup W --out FILE -- NAME=COMMAND ARGS…</c> (one <c>NAME=…</c> per
/// command): starts each command N times and times it from start to exit, output drained. The
/// commands take turns, run after run, so a burst of load from elsewhere on the machine falls on
/// both alike rather than on whichever ran second.
/// </summary>
internal static class ColdStart
{
    public static int Run(int runs, int warmup, string output, IReadOnlyList<string> commands)
    {
        var parsed = commands.Select(c => c.Split('=', 2)).Select(p => (Name: p[0], Words: p[1].Split(' '))).ToList();
        var times = parsed.Select(_ => new List<double>()).ToList();
        var exitCodes = new int[parsed.Count];
        for (var run = 0; run < warmup + runs; run++)
        {
            for (var k = 0; k < parsed.Count; k++)
            {
                var which = (run + k) % parsed.Count;
                var (elapsed, exit) = Time(parsed[which].Words);
                exitCodes[which] = exit;
                if (run >= warmup)
                {
                    times[which].Add(elapsed);
                }
            }
        }

        var result = new ColdStartResult(runs, warmup, [.. parsed.Select((c, k) =>
        {
            var samples = new Samples(c.Name, times[k]);
            return new ColdStartCommand(c.Name, string.Join(' ', c.Words), exitCodes[k], samples.MedianMs, samples.P95Ms, samples.MinMs, samples.MaxMs, times[k]);
        })]);
        File.WriteAllText(output, JsonSerializer.Serialize(result, DriverJsonContext.Default.ColdStartResult));
        foreach (var c in result.Commands)
        {
            Console.WriteLine($"{c.Name}: median {c.MedianMs:F1} ms, p95 {c.P95Ms:F1} ms (exit {c.ExitCode})");
        }

        return 0;
    }

    private static (double Ms, int ExitCode) Time(string[] words)
    {
        var start = new ProcessStartInfo(words[0], words[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {words[0]}.");
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        process.WaitForExit();
        drained.Wait();
        return (clock.Elapsed.TotalMilliseconds, process.ExitCode);
    }
}
