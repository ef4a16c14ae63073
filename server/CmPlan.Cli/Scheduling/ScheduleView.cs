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
        return new ScheduleView(result.Schedule.Zone, publications, name, name ?? fileName);
    }
}
