namespace CmPlan.Analysis.Ide.Structure;

public enum FoldingKind
{
    /// <summary>A block, or a text block.</summary>
    Region,

    /// <summary>A run of two or more comment lines.</summary>
    Comment,
}
