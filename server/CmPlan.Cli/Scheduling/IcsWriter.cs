using CmPlan.Analysis;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// The schedule as an iCalendar file (RFC 5545): one VEVENT per publication, with a stable UID
/// (post/channel/k), DTSTAMP from "now", and the post's text as DESCRIPTION.
/// </summary>
public static class IcsWriter
{
    public static void Write(AnalysisResult result, Instant now, TextWriter output)
    {
        var schedule = result.Schedule;
        var zone = schedule.Zone;
        var utc = IcsTimeZone.IsUtc(zone);
        var lines = new IcsLines()
            .Add("BEGIN", "VCALENDAR")
            .Add("VERSION", "2.0")
            .Add("PRODID", $"-//CmPlan//cmplan {VersionInfo.Version}//EN")
            .Add("CALSCALE", "GREGORIAN");
        if (result.Model.Plan.Name is { } name)
        {
            lines.AddText("X-WR-CALNAME", name);
        }

        if (!utc && !schedule.Publications.IsEmpty)
        {
            IcsTimeZone.Write(lines, zone, schedule.Publications.Min(p => p.Instant), schedule.Publications.Max(p => p.Instant));
        }

        var stamp = TimeFormats.IcsLocal.Format(now.InUtc().LocalDateTime) + "Z";
        foreach (var publication in schedule.Publications)
        {
            WriteEvent(lines, result, publication, stamp, utc);
        }

        lines.Add("END", "VCALENDAR");
        output.Write(lines.ToString());
    }

    private static void WriteEvent(IcsLines lines, AnalysisResult result, Publication publication, string stamp, bool utc)
    {
        var post = result.Model.FindPost(publication.Post);
        var summary = publication.IsRepost
            ? $"{publication.Post} on {publication.Channel} (repost {publication.Repost})"
            : $"{publication.Post} on {publication.Channel}";
        lines.Add("BEGIN", "VEVENT")
            .AddText("UID", $"{publication.Post}/{publication.Channel}/{publication.Repost}@cmplan")
            .Add("DTSTAMP", stamp);
        if (utc)
        {
            lines.Add("DTSTART", TimeFormats.IcsLocal.Format(publication.Instant.InUtc().LocalDateTime) + "Z");
        }
        else
        {
            lines.Add($"DTSTART;TZID={publication.At.Zone.Id}", TimeFormats.IcsLocal.Format(publication.Local));
        }

        lines.AddText("SUMMARY", summary);
        if (post?.Text?.Value.Content is { } text)
        {
            lines.AddText("DESCRIPTION", text);
        }

        if (post?.Link?.Value is { } link)
        {
            lines.Add("URL", link);
        }

        lines.Add("TRANSP", "TRANSPARENT").Add("END", "VEVENT");
    }
}
