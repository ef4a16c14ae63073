using System.Globalization;
using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Cli.Output;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// The schedule as an aligned table a person reads: local date with weekday, time, offset, post,
/// channel, repost number, the queue when there is one, and "after expiry" against a publication
/// that goes out after its post's <c>expires</c>. Ids are escaped as every text output is.
/// </summary>
public static class ScheduleTextWriter
{
    public static void Write(ScheduleView view, TextWriter output) => Write(view, output, Words.English);

    /// <summary>The table in <paramref name="words"/>' language: headings, weekdays, note and summary.</summary>
    public static void Write(ScheduleView view, TextWriter output, Words words)
    {
        var withQueue = view.Publications.Any(p => p.Publication.Queue is not null);
        var withNote = view.Publications.Any(p => p.AfterExpiry);
        var headings = words.Say(MessageId.ScheduleHeader).Split('|');
        List<string> header = [.. headings[..6]];
        if (withQueue)
        {
            header.Add(headings[6]);
        }

        if (withNote)
        {
            header.Add(headings[7]);
        }

        var rows = view.Publications.Select(p => Row(p, withQueue, withNote, words)).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Count).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Count - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var count = view.Publications.Length;
        var late = view.Publications.Count(p => p.AfterExpiry);
        output.WriteLine(words.Say(
            MessageId.ScheduleSummary,
            ("publications", words.Count(count, Noun.Publication)),
            ("zone", view.Zone.Id),
            ("late", late == 0 ? string.Empty : words.Say(MessageId.ScheduleLate, ("count", words.Number(late))))));
    }

    private static List<string> Row(ScheduledPublication scheduled, bool withQueue, bool withNote, Words words)
    {
        var publication = scheduled.Publication;
        var at = publication.At;
        List<string> cells =
        [
            words.Language == Language.French
                ? $"{FrenchText.WeekdayShort(at.Date.DayOfWeek)} {TimeFormats.IsoDate.Format(at.Date)}"
                : TimeFormats.Date.Format(at.Date),
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
            cells.Add(scheduled.AfterExpiry ? words.Say(MessageId.ScheduleAfterExpiry) : "");
        }

        return cells;
    }
}
