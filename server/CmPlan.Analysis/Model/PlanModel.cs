using System.Collections.Immutable;
using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>
/// The meaning of one plan file: its blocks resolved, values as NodaTime types, references
/// checked. Duplicate definitions keep only the first; references to unknown ids are dropped.
/// </summary>
public sealed record PlanModel(
    PlanInfo Plan,
    Settings Settings,
    ImmutableArray<ChannelModel> Channels,
    ImmutableArray<QueueModel> Queues,
    ImmutableArray<PostModel> Posts)
{
    public ChannelModel? FindChannel(string id) => Channels.FirstOrDefault(c => c.Id == id);

    public QueueModel? FindQueue(string id) => Queues.FirstOrDefault(q => q.Id == id);

    public PostModel? FindPost(string id) => Posts.FirstOrDefault(p => p.Id == id);

    /// <summary>The channels a post is published on, in its <c>on</c> order: its own, or for a queue item its queue's.</summary>
    public ImmutableArray<Located<string>> ChannelsOf(PostModel post) =>
        post.Queue is { } queue ? FindQueue(queue.Value)?.On ?? [] : post.On;
}
