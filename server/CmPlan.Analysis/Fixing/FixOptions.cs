namespace CmPlan.Analysis.Fixing;

/// <summary>How <see cref="PlanFixer"/> runs: whether unsafe fixes (deleting content, moving it in time) may be applied.</summary>
public sealed record FixOptions(bool IncludeUnsafe = false);
