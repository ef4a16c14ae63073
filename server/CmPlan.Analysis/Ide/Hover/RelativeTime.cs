using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using NodaTime;

namespace CmPlan.Analysis.Ide.Hover;

/// <summary>How far a moment is from now, as a person says it: "in 3 days", "2 weeks ago", "today".</summary>
public static class RelativeTime
{
    /// <summary>A moment against now: minutes or hours within a day, else whole calendar days in the plan's zone.</summary>
    public static string Of(Instant target, Instant now, DateTimeZone zone, Words words)
    {
        var minutes = (long)Math.Truncate((target - now).TotalMinutes);
        var size = Math.Abs(minutes);
        if (size < 1)
        {
            return words.Say(MessageId.RelativeNow);
        }

        if (size < 60)
        {
            return Around(words, minutes, words.Count((int)size, Noun.Minute));
        }

        if (size < 24 * 60)
        {
            return Around(words, minutes, words.Count((int)(size / 60), Noun.Hour));
        }

        return Days(LocalArithmetic.LocalOf(now, zone, out _).Date, LocalArithmetic.LocalOf(target, zone, out _).Date, words);
    }

    /// <summary>A day against today: "today", "tomorrow", "yesterday", "in 3 days", "2 weeks ago", "in 5 months", "2 years ago".</summary>
    public static string Days(LocalDate today, LocalDate day, Words words)
    {
        var days = Period.Between(today, day, PeriodUnits.Days).Days;
        var size = Math.Abs(days);
        return size switch
        {
            0 => words.Say(MessageId.RelativeToday),
            1 => words.Say(days > 0 ? MessageId.RelativeTomorrow : MessageId.RelativeYesterday),
            < 14 => Around(words, days, words.Count(size, Noun.Day)),
            < 60 => Around(words, days, words.Count(size / 7, Noun.Week)),
            < 730 => Around(words, days, words.Count(size / 30, Noun.Month)),
            _ => Around(words, days, words.Count(size / 365, Noun.Year)),
        };
    }

    private static string Around(Words words, long sign, string amount) =>
        words.Say(sign > 0 ? MessageId.RelativeIn : MessageId.RelativeAgo, ("amount", amount));
}
