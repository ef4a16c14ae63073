using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Model;
using NodaTime;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// What the schedule outputs print: the plan's zone, its publications that pass the filter (in the
/// schedule's order) with their posts, the plan's name, and the key that makes ICS UIDs differ
/// between plans (the plan's name, else the file name).
/// </summary>
public sealed record ScheduleView(DateTimeZone Zone, ImmutableArray<ScheduledPublication> Publications, string? Name, string PlanKey)
{
    /// <summary>Each channel's network, canonical (<c>x</c> for twitter); channels of no known network are absent.</summary>
    public ImmutableDictionary<string, string> Networks { get; init; } = ImmutableDictionary<string, string>.Empty;

    public static ScheduleView Of(AnalysisResult result, string fileName, ScheduleFilter filter)
    {
        var posts = new Dictionary<string, PostModel>(StringComparer.Ordinal);
        foreach (var post in result.Model.Posts)
        {
            posts.TryAdd(post.Id, post);
        }

        var publications = result.Schedule.Publications
            .Select(p => new ScheduledPublication(p, posts.GetValueOrDefault(p.Post)))
            .Where(filter.Matches)
            .ToImmutableArray();
        var name = result.Model.Plan.Name;
        var networks = result.Model.Channels
            .Where(c => c.Network is not null)
            .ToImmutableDictionary(c => c.Id, c => CmPlan.Analysis.Model.Networks.Name(c.Network!.Value), StringComparer.Ordinal);
        return new ScheduleView(result.Schedule.Zone, publications, name, name ?? fileName) { Networks = networks };
    }
}
