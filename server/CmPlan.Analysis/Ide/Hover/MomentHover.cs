using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Grammar.Values;
using NodaTime;
using NodaTime.Text;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>Hover texts for a written date, date-time or duration.</summary>
public static class MomentHover
{
    private static readonly OffsetPattern UtcOffset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    /// <summary>
    /// "**Wed 10 Mar 2027 12:30** · Europe/Paris, UTC+01:00 · in 3 days". A bare date as an end
    /// means the whole day; as a start, from 00:00.
    /// </summary>
    public static string Of(DateTimeValue value, bool isEnd, AnalysisResult result)
    {
        var zone = result.Model.Plan.Zone;
        var local = value.Time is { } time ? value.Date + time : value.Date + (isEnd ? new LocalTime(23, 59) : LocalTime.Midnight);
        // At the ends of NodaTime's range the zone cannot place the moment: say so rather than fail.
        var placed = LocalArithmetic.TryResolve(zone, local, out var zoned);
        var where = placed ? $"{zone.Id}, UTC{UtcOffset.Format(zoned.Offset)}" : zone.Id;
        if (value.HasTime)
        {
            var when = placed ? RelativeTime.Of(zoned.ToInstant(), result.Now, zone) : "beyond the calendar's range";
            // In a DST gap the written time does not exist: show the time it really goes out, as the diagnostics do.
            var moved = placed && zoned.LocalDateTime != local
                ? $" (written {local.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}, which does not exist that day: the clocks go forward)"
                : string.Empty;
            return $"**{HumanText.DayTime(placed ? zoned.LocalDateTime : local)}**{moved} · {where} · {when}";
        }

        var meaning = isEnd ? "to the end of the day" : "from 00:00";
        var today = LocalArithmetic.LocalOf(result.Now, zone, out _).Date;
        return $"**{HumanText.Day(value.Date)}** ({meaning}) · {where} · {RelativeTime.Days(today, value.Date)}";
    }

    /// <summary>"**7 days** (`7d`)", with a note for calendar months.</summary>
    public static string Of(PlanDuration duration)
    {
        var text = $"**{HumanText.Duration(duration)}** (`{duration}`)";
        return duration.Unit == DurationUnit.Months
            ? text + "\n\nCalendar months: 31 Jan + 1 month is 28 Feb (or 29 Feb), + 2 months is 31 Mar."
            : text;
    }
}
