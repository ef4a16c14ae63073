using System.Globalization;
using System.Text;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// <c>schedule --format csv</c> (contract §9): one row per publication, the columns <c>date</c> (the
/// local time it really goes out), <c>timezone</c>, <c>utc</c>, <c>channel</c>, <c>network</c>
/// (canonical), <c>post</c>, <c>repost</c>, <c>text</c> (the channel's), <c>link</c>, <c>media</c> and
/// <c>alt</c> (one per media, aligned, separated by <c> | </c>), <c>tags</c> and <c>status</c>.
/// RFC 4180 (<see cref="CsvRecords"/>), UTF-8 with a BOM, so that spreadsheets read accents right.
/// </summary>
public static class ScheduleCsvWriter
{
    private const string Separator = " | ";

    public static IReadOnlyList<string> Columns { get; } =
        ["date", "timezone", "utc", "channel", "network", "post", "repost", "text", "link", "media", "alt", "tags", "status"];

    public static void Write(ScheduleView view, TextWriter output)
    {
        var csv = new StringBuilder("\uFEFF");
        CsvRecords.Append(csv, Columns);
        foreach (var scheduled in view.Publications)
        {
            var publication = scheduled.Publication;
            var media = scheduled.Media;
            CsvRecords.Append(csv,
            [
                TimeFormats.CsvLocal.Format(publication.Local),
                view.Zone.Id,
                TimeFormats.Rfc3339.Format(publication.Instant.WithOffset(NodaTime.Offset.Zero)),
                publication.Channel,
                view.Networks.GetValueOrDefault(publication.Channel) ?? string.Empty,
                publication.Post,
                publication.Repost.ToString(CultureInfo.InvariantCulture),
                scheduled.Text ?? string.Empty,
                scheduled.Link ?? string.Empty,
                string.Join(Separator, media.Select(m => m.Source.Value)),
                media.Any(m => m.Alt is not null) ? string.Join(Separator, media.Select(m => m.Alt?.Value ?? string.Empty)) : string.Empty,
                string.Join(", ", scheduled.Post?.Tags.Select(t => t.Value) ?? []),
                scheduled.Status ?? string.Empty,
            ]);
        }

        output.Write(csv.ToString());
    }
}
