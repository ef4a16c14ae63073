using CmPlan.Analysis;
using CmPlan.Bench.Benchmarks;
using CmPlan.Bench.Content;
using CmPlan.Bench.Generation;

namespace CmPlan.Bench.Drivers;

/// <summary>
/// <c>selfcheck SIZE…</c>: the generator's contract, checked in the smoke run. The same seed gives
/// the same plan; the JSON and the YAML read back to the same document (so the three files hold
/// the same content); CmPlan reads as many posts as were generated; and the plan is mostly valid.
/// </summary>
internal static class SelfCheck
{
    public static int Run(IEnumerable<int> sizes)
    {
        var failures = sizes.SelectMany(Check).ToList();
        failures.ForEach(f => Console.Error.WriteLine($"selfcheck: {f}"));
        return failures.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Check(int size)
    {
        var plan = PlanGenerator.Generate(size);
        var json = PlanJson.Write(plan);
        var cmplan = CmPlanWriter.Write(plan);
        if (CmPlanWriter.Write(PlanGenerator.Generate(size)) != cmplan)
        {
            yield return $"{size}: two runs of the generator differ";
        }

        if (PlanJson.Write(PlanJson.Read(json)) != json)
        {
            yield return $"{size}: the JSON does not read back to the same plan";
        }

        if (PlanJson.Write(PlanYaml.CreateReader().Deserialize<PlanDocument>(PlanYaml.Write(plan))) != json)
        {
            yield return $"{size}: the YAML does not read back to the same plan";
        }

        var result = PlanAnalyzer.Analyze(cmplan, AnalysisOptions.Default with { Clock = PlanClock.At(ReadBenchmarks.Now) });
        if (result.Model.Posts.Length != size)
        {
            yield return $"{size}: CmPlan reads {result.Model.Posts.Length} posts";
        }

        // Realistic: a plan with mistakes, not a plan of mistakes (the generator aims at about 3%).
        if (result.Diagnostics.Length > Math.Max(10, size / 10))
        {
            yield return $"{size}: {result.Diagnostics.Length} diagnostics, more than one post in ten";
        }

        Console.WriteLine($"selfcheck: {size} posts, {result.Diagnostics.Length} diagnostics, JSON and YAML agree");
    }
}
