using System.Diagnostics;
using System.Text.Json;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Rules;
using CmPlan.Analysis.Schedule;
using CmPlan.Bench.Benchmarks;
using CmPlan.Bench.Generation;
using CmPlan.Grammar.Parsing;
using CmPlan.Grammar.Text;

namespace CmPlan.Bench.Drivers;

internal sealed record StagesResult(int Posts, int Runs, int Publications, IReadOnlyList<StageTime> Stages);

internal sealed record StageTime(string Stage, double MedianMs, double MinMs);

/// <summary>
/// <c>stages --posts N --runs R --out FILE</c>: where a whole check's time goes — the steps of
/// <c>PlanAnalyzer.Analyze</c> timed one by one with a stopwatch (median of R runs after one
/// warm-up). A profile in the large, for the report; the benchmarks are the measurement.
/// </summary>
internal static class Stages
{
    public static int Run(int posts, int runs, string output)
    {
        var text = CmPlanWriter.Write(PlanGenerator.Generate(posts));
        string[] names = ["text (SourceText)", "parse", "bind", "schedule", "rules"];
        var times = names.Select(_ => new List<double>()).ToList();
        var publications = 0;
        for (var run = 0; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var source = SourceText.From(text);
            var lap = Lap(clock, times[0], run);
            var syntax = PlanParser.Parse(source);
            lap = Lap(clock, times[1], run, lap);
            var binding = Binder.Bind(syntax, ConfigFile.Empty);
            lap = Lap(clock, times[2], run, lap);
            var schedule = ScheduleBuilder.Build(binding.Model);
            lap = Lap(clock, times[3], run, lap);
            RuleRunner.Run(syntax, binding.Model, schedule, ReadBenchmarks.Now, binding.Diagnostics);
            Lap(clock, times[4], run, lap);
            publications = schedule.Publications.Length;
        }

        var result = new StagesResult(posts, runs, publications, [.. names.Select((n, k) => new StageTime(n, new Samples(n, times[k]).MedianMs, times[k].Min()))]);
        File.WriteAllText(output, JsonSerializer.Serialize(result, DriverJsonContext.Default.StagesResult));
        Console.WriteLine(string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.MedianMs:F1} ms")));
        return 0;
    }

    /// <summary>Records the time since <paramref name="previous"/> (the warm-up run, 0, is not kept); returns now.</summary>
    private static double Lap(Stopwatch clock, List<double> into, int run, double previous = 0)
    {
        var now = clock.Elapsed.TotalMilliseconds;
        if (run > 0)
        {
            into.Add(now - previous);
        }

        return now;
    }
}
