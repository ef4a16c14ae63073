using System.Collections.Immutable;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// Every publication of a plan, in time order, then post id, then channel id (contract §6),
/// computed once per analysis and shared by every rule.
/// </summary>
public sealed record PlanSchedule(DateTimeZone Zone, ImmutableArray<Publication> Publications)
{
    public static PlanSchedule Empty(DateTimeZone zone) => new(zone, []);

    /// <summary>
    /// The post or queue being expanded when the plan-wide budget ran out (contract §4 Budget): the
    /// ones after it were not expanded. Null when the whole plan fits. Indexes into the model the
    /// schedule was built from, so that the error lands where that model's spans are now.
    /// </summary>
    public ScheduleSource? Exhausted { get; init; }

    /// <summary>Queues whose bounded recycle was cut by the plan's end, the horizon or the calendar.</summary>
    public ImmutableArray<QueueTruncation> Truncations { get; init; } = [];

    public IEnumerable<Publication> OfPost(string post) => Publications.Where(p => p.Post == post);

    public IEnumerable<Publication> OnChannel(string channel) => Publications.Where(p => p.Channel == channel);
}
