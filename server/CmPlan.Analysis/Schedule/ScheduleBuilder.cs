using System.Collections.Immutable;
using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Expands posts and queues into publications (contract §4), in file order, each fully before the
/// next, within the plan-wide budget; sorted as contract §6 orders them.
/// </summary>
public static class ScheduleBuilder
{
    /// <summary>
    /// The most publications a plan expands to, all posts, queues and channels together (contract §4
    /// Budget): far more than any plan a person means, and few enough to fit in memory.
    /// </summary>
    public const int Budget = 1_000_000;

    public static PlanSchedule Build(PlanModel model)
    {
        var plan = model.Plan;
        var sink = new PublicationSink(Budget);
        var truncations = ImmutableArray.CreateBuilder<QueueTruncation>();
        ScheduleSource? exhausted = null;
        foreach (var source in InFileOrder(model))
        {
            if (source.IsQueue)
            {
                if (QueueExpander.Expand(plan, model.Queues[source.Index], sink) is { } truncation)
                {
                    truncations.Add(truncation);
                }
            }
            else
            {
                PostExpander.Expand(plan, model.Posts[source.Index], sink);
            }

            if (sink.Exhausted)
            {
                exhausted = source;
                break;
            }
        }

        return new PlanSchedule(plan.Zone, sink.DrainSorted()) { Exhausted = exhausted, Truncations = truncations.DrainToImmutable() };
    }

    /// <summary>Plain posts and queues in the order the file declares them (queue items are expanded by their queue).</summary>
    internal static IEnumerable<ScheduleSource> InFileOrder(PlanModel model)
    {
        // Default arrays only come from hand-built models; they mean "none", like empty ones.
        var posts = model.Posts.IsDefault ? [] : model.Posts;
        var queues = model.Queues.IsDefault ? [] : model.Queues;
        var (p, q) = (0, 0);
        while (p < posts.Length || q < queues.Length)
        {
            while (p < posts.Length && posts[p].IsQueueItem)
            {
                p++;
            }

            var takePost = p < posts.Length && (q >= queues.Length || posts[p].Syntax.Span.Start < queues[q].Syntax.Span.Start);
            if (takePost)
            {
                yield return new ScheduleSource(false, p++);
            }
            else if (q < queues.Length)
            {
                yield return new ScheduleSource(true, q++);
            }
        }
    }
}
