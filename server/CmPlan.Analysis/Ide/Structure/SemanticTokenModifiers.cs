namespace CmPlan.Analysis.Ide.Structure;

/// <summary>Token modifiers as bits, in legend order (see <see cref="SemanticTokenLegend"/>).</summary>
[Flags]
public enum SemanticTokenModifiers
{
    None = 0,

    /// <summary>A block's own id, where it is declared.</summary>
    Declaration = 1,
}
