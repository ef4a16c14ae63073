namespace CmPlan.Analysis.Ide.Structure;

/// <summary>Lines <see cref="StartLine"/> to <see cref="EndLine"/> (0-based, inclusive) that can be folded.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, FoldingKind Kind);
