using System.Globalization;

namespace CmPlan.Cli.Scheduling.Export;

/// <summary>
/// A view's publications grouped by post and instant: what a scheduler that takes one row per post
/// (its accounts chosen at upload) makes a row of. The view is in time order, then post, then
/// channel, so each group is a run of neighbours.
/// </summary>
public static class PostTimes
{
    public static IEnumerable<IReadOnlyList<ScheduledPublication>> Of(ScheduleView view)
    {
        var group = new List<ScheduledPublication>();
        foreach (var scheduled in view.Publications)
        {
            if (group.Count > 0 && Key(group[0]) != Key(scheduled))
            {
                yield return group;
                group = [];
            }

            group.Add(scheduled);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    /// <summary>A row's identity: its post and the instant it goes out.</summary>
    public static string Key(ScheduledPublication scheduled) =>
        string.Create(CultureInfo.InvariantCulture, $"{scheduled.Publication.Post}\n{scheduled.Publication.Instant.ToUnixTimeTicks()}");
}
