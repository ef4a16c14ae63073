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

    public IEnumerable<Publication> OfPost(string post) => Publications.Where(p => p.Post == post);

    public IEnumerable<Publication> OnChannel(string channel) => Publications.Where(p => p.Channel == channel);
}
