namespace CmPlan.Analysis.Ide.InlayHints;

/// <summary>A label shown inline at <see cref="Offset"/> (after the text it annotates).</summary>
public sealed record InlayHintInfo(int Offset, string Label);
