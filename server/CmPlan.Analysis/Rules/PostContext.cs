using System.Collections.Immutable;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Text;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// What a rule's check of one post sees: the post, its own publications, and the blocks around
/// posts (plan, channels, queues) — no other post, so that what it finds holds while the post, its
/// publications and those blocks stay the same (the incremental analysis carries it over). It
/// reports inside the post's block only. One per rule, pointed at each post in turn by the runner.
/// </summary>
public sealed class PostContext : RuleScope
{
    private readonly PlanModel model;
    private readonly ScheduleIndex schedule;
    private PostModel? post;

    internal PostContext(RuleContext plan)
        : base(plan)
    {
        model = plan.Model;
        schedule = plan.Schedule;
    }

    /// <summary>The post being checked.</summary>
    public PostModel Post => post ?? throw new InvalidOperationException("No post is being checked.");

    public ImmutableArray<ChannelModel> Channels => model.Channels;

    public ImmutableArray<QueueModel> Queues => model.Queues;

    public ChannelModel? FindChannel(string id) => model.FindChannel(id);

    public QueueModel? FindQueue(string id) => model.FindQueue(id);

    /// <summary>The channels the post publishes on: its own <c>on</c>, or for a queue item its queue's.</summary>
    public ImmutableArray<Grammar.Values.Located<string>> ChannelsOfPost => model.ChannelsOf(Post);

    /// <summary>Every publication of the post on every channel, in schedule order.</summary>
    public ImmutableArray<Publication> Publications => schedule.OfPost(Post.Id);

    /// <summary>The post's occurrences: one publication per repost number (its first channel's).</summary>
    public IEnumerable<Publication> Occurrences => ScheduleIndex.Occurrences(Publications);

    public override void Report(
        TextSpan span,
        string message,
        ImmutableArray<CodeFix> fixes = default,
        ImmutableArray<RelatedInformation> related = default)
    {
        // The contract that lets an edit elsewhere keep this finding: it is about this post, and placed in it.
        if (!Post.Syntax.Span.Contains(span))
        {
            throw new InvalidOperationException($"Rule '{Rule.Id}' reported {span} outside post '{Post.Id}' ({Post.Syntax.Span}) from its check of the post.");
        }

        base.Report(span, message, fixes, related);
    }

    internal void Check(PostModel post) => this.post = post;
}
