using CmPlan.Analysis.Model;

namespace CmPlan.Analysis.Schedule;

/// <summary>Expands posts and queues into publications (contract §4), sorted as contract §6 orders them.</summary>
public static class ScheduleBuilder
{
    /// <summary>
    /// The most occurrences one post or queue expands to (each occurrence then goes on every
    /// channel). 10,000 is more than a year of hourly publications: any plan a person means
    /// fits, while <c>every 1min</c> up to a far plan end cannot exhaust memory.
    /// </summary>
    public const int MaxOccurrences = 10_000;

    public static PlanSchedule Build(PlanModel model)
    {
        var plan = model.Plan;
        var sink = new PublicationSink();
        // Default arrays only come from hand-built models; they mean "none", like empty ones.
        foreach (var post in model.Posts.IsDefault ? [] : model.Posts)
        {
            PostExpander.Expand(plan, post, sink);
        }

        foreach (var queue in model.Queues.IsDefault ? [] : model.Queues)
        {
            QueueExpander.Expand(plan, queue, sink);
        }

        return new PlanSchedule(plan.Zone, sink.DrainSorted());
    }
}
