using System.Globalization;
using CmPlan.Analysis.Schedule;

namespace CmPlan.Cli.Scheduling;

/// <summary>The schedule as an aligned table a person reads: local date with weekday, time, offset, post, channel, repost number.</summary>
public static class ScheduleTextWriter
{
    public static void Write(PlanSchedule schedule, TextWriter output)
    {
        var withQueue = schedule.Publications.Any(p => p.Queue is not null);
        string[] header = withQueue
            ? ["DATE", "TIME", "OFFSET", "POST", "CHANNEL", "REPOST", "QUEUE"]
            : ["DATE", "TIME", "OFFSET", "POST", "CHANNEL", "REPOST"];
        var rows = schedule.Publications.Select(p => Row(p, withQueue)).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var count = schedule.Publications.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "publication" : "publications")} in {schedule.Zone.Id}"));
    }

    private static string[] Row(Publication publication, bool withQueue)
    {
        var at = publication.At;
        string[] cells =
        [
            TimeFormats.Date.Format(at.Date),
            TimeFormats.Time.Format(at.TimeOfDay),
            TimeFormats.Offset.Format(at.Offset),
            publication.Post,
            publication.Channel,
            publication.Repost.ToString(CultureInfo.InvariantCulture),
        ];
        return withQueue ? [.. cells, publication.Queue ?? ""] : cells;
    }
}
