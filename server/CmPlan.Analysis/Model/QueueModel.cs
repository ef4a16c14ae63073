using System.Collections.Immutable;
using CmPlan.Grammar.Syntax;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>
/// A <c>queue</c>: the channels it publishes to, its slots, its start (its own, else the plan's)
/// and its recycle bounds. <see cref="Items"/> are the posts that name it, in file order.
/// </summary>
public sealed record QueueModel(
    string Id,
    ImmutableArray<Located<string>> On,
    ImmutableArray<Located<SlotsValue>> Slots,
    Located<DateTimeValue>? Start,
    Located<RecycleValue>? Recycle,
    ImmutableArray<PostModel> Items,
    BlockSyntax Syntax);
