using CmPlan.Analysis.Schedule;
using CmPlan.Cli.Scheduling;

namespace CmPlan.Cli.Diffing;

/// <summary>How the diff outputs show a publication's time: local date with weekday, time and offset, as <c>schedule</c> does.</summary>
public static class DiffTimes
{
    public static string Local(Publication publication) =>
        $"{TimeFormats.Date.Format(publication.At.Date)} {TimeFormats.Time.Format(publication.At.TimeOfDay)} {TimeFormats.Offset.Format(publication.At.Offset)}";

    public static string Rfc3339(Publication publication) => TimeFormats.Rfc3339.Format(publication.At.ToOffsetDateTime());

    /// <summary>"first publication" or "repost 3".</summary>
    public static string Which(Publication publication) =>
        publication.IsRepost ? $"repost {publication.Repost}" : "first publication";
}
