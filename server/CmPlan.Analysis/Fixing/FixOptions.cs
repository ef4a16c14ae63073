namespace CmPlan.Analysis.Fixing;

/// <summary>How <see cref="PlanFixer"/> runs: whether unsafe fixes (deleting content) may be applied, and how many passes at most.</summary>
public sealed record FixOptions(bool IncludeUnsafe = false, int MaxPasses = 10);
