using System.Collections.Immutable;

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
}
