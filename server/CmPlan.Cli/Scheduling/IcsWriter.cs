using CmPlan.Analysis.Localization;
using NodaTime;

namespace CmPlan.Cli.Scheduling;

/// <summary>
/// The schedule as an iCalendar file (RFC 5545): one VEVENT per publication, an instant in the
/// calendar (DTEND = DTSTART), the post's text as DESCRIPTION. Its UID is
/// <c>post/channel/k/plan@cmplan</c>, the plan being its name (else the file name), URL-encoded:
/// the same across edits of the plan, different between plans. DTSTAMP is the given stamp, else
/// one derived from the plan — its first publication (the Unix epoch for an empty plan) — so an
/// unchanged plan gives the same file on every run and calendars see no false update.
/// </summary>
public static class IcsWriter
{
    /// <summary>The calendar; each event's summary in <paramref name="words"/>' language (English when not given).</summary>
    public static void Write(ScheduleView view, Instant? stamp, TextWriter output, Words? words = null)
    {
        words ??= Words.English;
        var zone = view.Zone;
        var utc = IcsTimeZone.IsUtc(zone);
        var publications = view.Publications;
        var lines = new IcsLines()
            .Add("BEGIN", "VCALENDAR")
            .Add("VERSION", "2.0")
            .Add("PRODID", $"-//CmPlan//cmplan {VersionInfo.Version}//EN")
            .Add("CALSCALE", "GREGORIAN");
        if (view.Name is { } name)
        {
            lines.AddText("X-WR-CALNAME", name);
        }

        if (!utc && !publications.IsEmpty)
        {
            IcsTimeZone.Write(lines, zone, publications.Min(p => p.Publication.Instant), publications.Max(p => p.Publication.Instant));
        }

        var derived = publications.IsEmpty ? NodaConstants.UnixEpoch : publications.Min(p => p.Publication.Instant);
        var dtstamp = UtcTime(stamp ?? derived);
        var planKey = Uri.EscapeDataString(view.PlanKey);
        foreach (var scheduled in publications)
        {
            WriteEvent(lines, scheduled, dtstamp, planKey, utc, words);
        }

        lines.Add("END", "VCALENDAR");
        output.Write(lines.ToString());
    }

    private static string UtcTime(Instant instant) => TimeFormats.IcsLocal.Format(instant.InUtc().LocalDateTime) + "Z";

    private static void WriteEvent(IcsLines lines, ScheduledPublication scheduled, string stamp, string planKey, bool utc, Words words)
    {
        var publication = scheduled.Publication;
        var summary = publication.IsRepost
            ? words.Say(MessageId.IcsSummaryRepost, ("post", publication.Post), ("channel", publication.Channel), ("number", words.Number(publication.Repost)))
            : words.Say(MessageId.IcsSummary, ("post", publication.Post), ("channel", publication.Channel));
        lines.Add("BEGIN", "VEVENT")
            .AddText("UID", $"{publication.Post}/{publication.Channel}/{publication.Repost}/{planKey}@cmplan")
            .Add("DTSTAMP", stamp);
        if (utc)
        {
            var at = UtcTime(publication.Instant);
            lines.Add("DTSTART", at).Add("DTEND", at);
        }
        else
        {
            var at = TimeFormats.IcsLocal.Format(publication.Local);
            lines.Add($"DTSTART;TZID={publication.At.Zone.Id}", at).Add($"DTEND;TZID={publication.At.Zone.Id}", at);
        }

        lines.AddText("SUMMARY", scheduled.AfterExpiry ? $"{summary} — {words.Say(MessageId.ScheduleAfterExpiry)}" : summary);
        if (scheduled.Text is { } text)
        {
            lines.AddText("DESCRIPTION", text);
        }

        if (scheduled.Link is { } link)
        {
            lines.Add("URL", link);
        }

        lines.Add("TRANSP", "TRANSPARENT").Add("END", "VEVENT");
    }
}
