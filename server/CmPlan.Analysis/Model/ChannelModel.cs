using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>A <c>channel</c>: an account on a network, its text limit and its usual slots.</summary>
public sealed record ChannelModel(
    string Id,
    Network? Network,
    Located<int>? Limit,
    ImmutableArray<Located<SlotsValue>> Slots,
    BlockSyntax Syntax)
{
    /// <summary>The text limit: the explicit <c>limit</c>, else the network's, else none.</summary>
    public int? EffectiveLimit => Limit?.Value ?? (Network is { } n ? Networks.Limit(n) : null);

    /// <summary>The channel's own <c>max-media</c> (1.2); null when absent or invalid.</summary>
    public Located<int>? MaxMedia { get; init; }

    /// <summary>The most media one publication may carry: <c>max-media</c>, else the network's, else none.</summary>
    public int? EffectiveMaxMedia => MaxMedia?.Value ?? (Network is { } n ? Networks.MaxMedia(n) : null);
}
