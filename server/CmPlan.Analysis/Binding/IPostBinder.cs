using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Grammar.Syntax;

namespace CmPlan.Analysis.Binding;

/// <summary>
/// How <see cref="Binder"/> reads post blocks, and what it tells of each once the plan is bound:
/// the analysis of a document being edited carries posts over between edits (<c>Incremental/</c>).
/// </summary>
internal interface IPostBinder
{
    /// <summary>The post block read on its own (its binding depends on the block alone).</summary>
    PostBinding Bind(BlockSyntax block);

    /// <summary>What binding found on a post block with its id checked and references resolved, in file order.</summary>
    void Resolved(BlockSyntax block, PostResolution resolution);

    /// <summary>The problems of a post of the model with its plain <c>text</c> (contract §3, 1.2); told only when there are some.</summary>
    void PlainText(PostModel post, ImmutableArray<Diagnostic> found);

    /// <summary>
    /// The structural diagnostics of the blocks around posts: those found before the posts were bound
    /// (plan, policy, channels, queues), and those of the queues' references, found after them.
    /// </summary>
    void Surroundings(ImmutableArray<Diagnostic> before, ImmutableArray<Diagnostic> queueReferences);
}

/// <summary>
/// What binding found on one post block beyond the block itself: its id, its model with references
/// resolved (null unless it is the first definition of a valid id, the only ones in the model), and
/// every structural diagnostic on it in the order found (id, duplicate, properties, references).
/// </summary>
internal sealed record PostResolution(string? Id, PostModel? Model, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Every post read afresh, nothing remembered: a one-off analysis.</summary>
internal sealed class FreshPostBinder(Localization.Language language) : IPostBinder
{
    public PostBinding Bind(BlockSyntax block) => PostBinding.Of(block, language);

    public void Resolved(BlockSyntax block, PostResolution resolution)
    {
    }

    public void PlainText(PostModel post, ImmutableArray<Diagnostic> found)
    {
    }

    public void Surroundings(ImmutableArray<Diagnostic> before, ImmutableArray<Diagnostic> queueReferences)
    {
    }
}
