using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;

namespace CmPlan.Tests.Support;

/// <summary>
/// Checks for one rule: where it fires (<c>"line:col-line:col"</c>, 1-based, end exclusive), that it
/// stays silent on near misses, and that its fix round-trips: once applied, that diagnostic is gone
/// and every other diagnostic is still there.
/// </summary>
public static class RuleAssert
{
    public static IReadOnlyList<Diagnostic> Fires(string plan, string rule, params string[] ranges) =>
        Fires(plan, rule, Plans.DefaultNow, ranges);

    public static IReadOnlyList<Diagnostic> Fires(string plan, string rule, PlanClock now, params string[] ranges)
    {
        var result = Plans.Analyze(plan, now);
        var found = result.Diagnostics.Where(d => d.Rule == rule).ToList();
        Assert.Equal(ranges, found.Select(d => Range(result, d)));
        return found;
    }

    public static void Silent(string plan, string rule, PlanClock? now = null) =>
        Assert.DoesNotContain(Plans.Analyze(plan, now).Diagnostics, d => d.Rule == rule);

    /// <summary>Applies the chosen fix of the first diagnostic of <paramref name="rule"/> and checks the round trip; returns the fixed plan.</summary>
    public static string FixRoundTrip(string plan, string rule, int fixIndex = 0, PlanClock? now = null)
    {
        var before = Plans.Analyze(plan, now);
        var target = before.Diagnostics.First(d => d.Rule == rule);
        var fixedText = EditApplier.Apply(plan, target.Fixes[fixIndex].Edits);
        var after = Plans.Analyze(fixedText, now);

        var line = Line(before, target);
        Assert.DoesNotContain(after.Diagnostics, d => d.Rule == rule && Line(after, d) == line);
        var others = before.Diagnostics.Where(d => d != target).Select(d => $"{d.Rule}@{Line(before, d)}").Order();
        var remaining = after.Diagnostics.Where(d => d.Rule != rule || Line(after, d) != line).Select(d => $"{d.Rule}@{Line(after, d)}").Order();
        Assert.Equal(others, remaining);
        return fixedText;
    }

    private static int Line(AnalysisResult result, Diagnostic d) => result.Syntax.Source.GetLinePosition(d.Span.Start).Line + 1;

    private static string Range(AnalysisResult result, Diagnostic d)
    {
        var range = result.Syntax.Source.GetLineRange(d.Span);
        return $"{range.Start.Line + 1}:{range.Start.Character + 1}-{range.End.Line + 1}:{range.End.Character + 1}";
    }
}
