using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Rules;

/// <summary>
/// One configurable rule of contract §5: its metadata and its check. A rule reads the model and
/// the schedule computed once per analysis (through <see cref="RuleContext"/>), never re-expands it,
/// and reports through the context, which applies the configured severity. Its check is in two
/// parts: what it finds on one post alone, and what it finds across posts (queues, channels, pairs),
/// so that an incremental analysis can carry a post's findings over while the post and its
/// publications stay the same.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>
    /// True when <see cref="CheckPlan"/> reads only the schedule, the posts' ids and what the
    /// schedule is built from, and the blocks around posts (plan, policy, channels, queues): what it
    /// finds then holds, moved, over an edit that changes none of these — typing in a post's text.
    /// </summary>
    public virtual bool FollowsSchedule => false;

    /// <summary>
    /// Checks one post or queue item of the model (<paramref name="post"/> is <c>context.Post</c>).
    /// The context reaches the post, its own publications, the plan, settings, channels and queues,
    /// but no other post, and takes reports only inside the post's block.
    /// </summary>
    public virtual void CheckPost(PostContext context, PostModel post)
    {
    }

    /// <summary>Checks what involves several posts, or none: queues, channels, pairs of posts.</summary>
    public virtual void CheckPlan(RuleContext context)
    {
    }
}
