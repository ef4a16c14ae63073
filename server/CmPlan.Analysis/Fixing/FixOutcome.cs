using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// What fixing a document did: the new text, the fixes applied (by rule, in order), and the
/// diagnostics that remain in the new text.
/// </summary>
public sealed record FixOutcome(string Text, ImmutableArray<string> AppliedRules, ImmutableArray<Diagnostic> Remaining)
{
    public bool Changed => !AppliedRules.IsEmpty;
}
