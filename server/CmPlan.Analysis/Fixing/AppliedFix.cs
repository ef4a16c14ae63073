namespace CmPlan.Analysis.Fixing;

/// <summary>A fix <see cref="PlanFixer"/> applied: its diagnostic's rule, the fix's title, and where that diagnostic started, as an offset into the fixed text.</summary>
public sealed record AppliedFix(string Rule, string Title, int Offset)
{
    /// <summary>The block the fix edited, kind and id: a fix refused there may be tried again once it changed.</summary>
    internal (Grammar.Syntax.BlockKind? Kind, string? Id) Block { get; init; }
}
