using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Fixing;

/// <summary>
/// A diagnostic as the fix invariant counts it (contract §5): its rule and the block that owns it,
/// by kind and id; <see cref="Kind"/> null for the file (no block's lines hold the range's start).
/// </summary>
internal readonly record struct Problem(string Rule, BlockKind? Kind, string? Id);
