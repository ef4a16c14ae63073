using System.Collections.Immutable;
using CmPlan.Analysis.Binding;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Rules;

namespace CmPlan.Analysis.Incremental;

/// <summary>
/// What one post block keeps between edits: its binding; what binding the plan found on it (its
/// resolution and plain-text problems); its rule findings once the rules have run. Each is set once
/// during the analysis that made the state, and read only after it.
/// </summary>
internal sealed class PostState(PostBinding binding, PostFindings? findings)
{
    public PostBinding Binding { get; } = binding;

    public PostResolution? Resolution { get; set; }

    public ImmutableArray<Diagnostic> PlainText { get; set; } = [];

    public PostFindings? Findings { get; set; } = findings;
}

/// <summary>The state of each item of a document (null but for post blocks), and whether a fork shares them.</summary>
internal sealed class PostStates(PostState?[] items)
{
    public PostState?[] Items { get; } = items;

    public bool Shared { get; set; }
}
