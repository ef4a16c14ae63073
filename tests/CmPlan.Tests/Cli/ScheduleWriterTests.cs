using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Schedule;
using CmPlan.Cli.Scheduling;
using CmPlan.Tests.Support;
using NodaTime;

namespace CmPlan.Tests.Cli;

/// <summary>The schedule writers on hand-made publications: DST on both sides, an overlap, UTC.</summary>
public class ScheduleWriterTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static readonly Instant Stamp = Instant.FromUtc(2027, 2, 15, 10, 0);

    private const string Plan = """
        plan "Synthèse"
          timezone Europe/Paris

        channel x

        post a
          on x
          at 2027-03-21 09:00
          link https://example.org/a?b=1,2
          text
            Première ligne ; deuxième, \ troisième.
            Deuxième ligne 🎉 avec des accents é à ç et assez de texte pour devoir être pliée.
        """;

    private static PlanSchedule Schedule(DateTimeZone zone, params (string Post, int Repost, LocalDateTime Local)[] items) =>
        new(zone, [.. items.Select(i => new Publication(i.Post, "x", zone.AtLeniently(i.Local), i.Repost, null))]);

    private static PlanSchedule AcrossDst() => Schedule(
        Paris,
        ("a", 0, new LocalDateTime(2027, 3, 21, 9, 0)),
        ("a", 1, new LocalDateTime(2027, 3, 28, 9, 0)),
        ("a", 2, new LocalDateTime(2027, 10, 31, 2, 30)),
        ("a", 3, new LocalDateTime(2027, 11, 7, 9, 0)));

    private static ScheduleView View(PlanSchedule schedule) =>
        ScheduleView.Of(PlanAnalyzer.Analyze(Plan, AnalysisOptions.Default) with { Schedule = schedule }, "synthese.cmplan", ScheduleFilter.None);

    private static string Write(Action<TextWriter> write)
    {
        using var output = new StringWriter { NewLine = "\n" };
        write(output);
        return output.ToString();
    }

    [Fact]
    public void Text_table() => Golden.Verify("cli/schedule-dst.txt", Write(o => ScheduleTextWriter.Write(View(AcrossDst()), o)));

    [Fact]
    public void Json_uses_each_publication_offset() => Golden.Verify("cli/schedule-dst.json", Write(o => ScheduleJsonWriter.Write(View(AcrossDst()), o)));

    [Fact]
    public void Ics() => Golden.Verify("cli/schedule-dst.ics", Write(o => IcsWriter.Write(View(AcrossDst()), Stamp, o)));

    [Fact]
    public void Vtimezone_has_the_exact_transitions_of_tzdb()
    {
        // zdump -v -c 2026,2028 Europe/Paris: 2026-10-25 01:00 UTC, 2027-03-28 01:00 UTC, 2027-10-31 01:00 UTC.
        var lines = new IcsLines();
        IcsTimeZone.Write(lines, Paris, Instant.FromUtc(2027, 3, 21, 8, 0), Instant.FromUtc(2027, 11, 7, 8, 0));
        Assert.Equal(
            """
            BEGIN:VTIMEZONE
            TZID:Europe/Paris
            BEGIN:STANDARD
            DTSTART:20261025T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:20270328T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            END:DAYLIGHT
            BEGIN:STANDARD
            DTSTART:20271031T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            END:STANDARD
            END:VTIMEZONE

            """.Replace("\n", "\r\n", StringComparison.Ordinal),
            lines.ToString());
    }

    [Fact]
    public void Utc_plans_use_z_times_and_no_vtimezone()
    {
        var schedule = Schedule(DateTimeZone.Utc, ("a", 0, new LocalDateTime(2027, 5, 3, 7, 45)));
        var ics = Write(o => IcsWriter.Write(View(schedule), Stamp, o));
        Assert.DoesNotContain("VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART:20270503T074500Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20270215T100000Z\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_values_are_escaped() =>
        Assert.Equal("a\\\\b\\;c\\,d\\ne\\nf", IcsLines.EscapeText("a\\b;c,d\ne\r\nf"));

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_utf8()
    {
        var value = string.Concat(Enumerable.Repeat("é🎉a", 40));
        var folded = new IcsLines().AddText("DESCRIPTION", value).ToString();
        var lines = folded.Split("\r\n")[..^1];
        Assert.True(lines.Length > 3);
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(lines[..^1], l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 72, 75));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal("DESCRIPTION:" + value, lines[0] + string.Concat(lines.Skip(1).Select(l => l[1..])));
        Assert.DoesNotContain('\uFFFD', folded);
    }

    [Fact]
    public void Empty_schedule()
    {
        var schedule = PlanSchedule.Empty(Paris);
        Assert.Equal("DATE  TIME  OFFSET  POST  CHANNEL  REPOST\n0 publications in Europe/Paris\n", Write(o => ScheduleTextWriter.Write(View(schedule), o)));
        Assert.Equal("{\n  \"timezone\": \"Europe/Paris\",\n  \"publications\": []\n}\n", Write(o => ScheduleJsonWriter.Write(View(schedule), o)));
        var ics = Write(o => IcsWriter.Write(View(schedule), Stamp, o));
        Assert.DoesNotContain("VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("VEVENT", ics, StringComparison.Ordinal);
    }
}
