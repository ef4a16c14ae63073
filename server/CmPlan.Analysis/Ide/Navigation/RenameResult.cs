using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Analysis.Ide.Navigation;

/// <summary>The edits of a rename, or why it cannot be done (<see cref="Error"/> set, no edits).</summary>
public sealed record RenameResult(ImmutableArray<TextEdit> Edits, string? Error)
{
    public static RenameResult Failed(string error) => new([], error);
}
