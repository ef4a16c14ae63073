using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// What fixing a document did: the new text, the fixes applied in order, and the analysis of the
/// new text (the diagnostics that remain).
/// </summary>
public sealed record FixOutcome(string Text, ImmutableArray<AppliedFix> Applied, AnalysisResult Final)
{
    public bool Changed => !Applied.IsEmpty;

    public ImmutableArray<string> AppliedRules => [.. Applied.Select(a => a.Rule)];

    public ImmutableArray<Diagnostic> Remaining => Final.Diagnostics;
}
