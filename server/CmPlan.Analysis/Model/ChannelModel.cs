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
}
