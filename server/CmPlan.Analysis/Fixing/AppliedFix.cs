namespace CmPlan.Analysis.Fixing;

/// <summary>A fix <see cref="PlanFixer"/> applied: its diagnostic's rule, the fix's title, and where that diagnostic started, as an offset into the fixed text.</summary>
public sealed record AppliedFix(string Rule, string Title, int Offset);
