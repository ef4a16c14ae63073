using CmPlan.Analysis.Localization;
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
        var words = result.Words;
        if (value.HasTime)
        {
            var when = placed ? RelativeTime.Of(zoned.ToInstant(), result.Now, zone, words) : words.Say(MessageId.MomentBeyond);
            // In a DST gap the written time does not exist: show the time it really goes out, as the diagnostics do.
            var moved = placed && zoned.LocalDateTime != local
                ? words.Say(MessageId.MomentMoved, ("time", local.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)))
                : string.Empty;
            return $"**{words.DayTime(placed ? zoned.LocalDateTime : local)}**{moved} · {where} · {when}";
        }

        var meaning = words.Say(isEnd ? MessageId.MomentToEnd : MessageId.MomentFromMidnight);
        var today = LocalArithmetic.LocalOf(result.Now, zone, out _).Date;
        return $"**{words.Day(value.Date)}** ({meaning}) · {where} · {RelativeTime.Days(today, value.Date, words)}";
    }

    /// <summary>"**7 days** (`7d`)", with a note for calendar months.</summary>
    public static string Of(PlanDuration duration, Words words)
    {
        var text = $"**{words.Duration(duration)}** (`{duration}`)";
        return duration.Unit == DurationUnit.Months
            ? text + "\n\n" + words.Say(MessageId.DurationMonths)
            : text;
    }
}
