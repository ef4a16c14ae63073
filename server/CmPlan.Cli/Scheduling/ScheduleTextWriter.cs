using System.Globalization;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// The schedule as an aligned table a person reads: local date with weekday, time, offset, post,
/// channel, repost number, the queue when there is one, and "after expiry" against a publication
/// that goes out after its post's <c>expires</c>. Ids are escaped as every text output is.
/// </summary>
public static class ScheduleTextWriter
{
    public const string AfterExpiryNote = "after expiry";

    public static void Write(ScheduleView view, TextWriter output)
    {
        var withQueue = view.Publications.Any(p => p.Publication.Queue is not null);
        var withNote = view.Publications.Any(p => p.AfterExpiry);
        List<string> header = ["DATE", "TIME", "OFFSET", "POST", "CHANNEL", "REPOST"];
        if (withQueue)
        {
            header.Add("QUEUE");
        }

        if (withNote)
        {
            header.Add("NOTE");
        }

        var rows = view.Publications.Select(p => Row(p, withQueue, withNote)).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Count).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Count - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var count = view.Publications.Length;
        var late = view.Publications.Count(p => p.AfterExpiry);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{count} {(count == 1 ? "publication" : "publications")} in {view.Zone.Id}{(late == 0 ? "" : $", {late} after expiry")}"));
    }

    private static List<string> Row(ScheduledPublication scheduled, bool withQueue, bool withNote)
    {
        var publication = scheduled.Publication;
        var at = publication.At;
        List<string> cells =
        [
            TimeFormats.Date.Format(at.Date),
            TimeFormats.Time.Format(at.TimeOfDay),
            TimeFormats.Offset.Format(at.Offset),
            Terminal.Escape(publication.Post),
            Terminal.Escape(publication.Channel),
            publication.Repost.ToString(CultureInfo.InvariantCulture),
        ];
        if (withQueue)
        {
            cells.Add(Terminal.Escape(publication.Queue ?? ""));
        }

        if (withNote)
        {
            cells.Add(scheduled.AfterExpiry ? AfterExpiryNote : "");
        }

        return cells;
    }
}
