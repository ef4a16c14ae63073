using System.Globalization;
using CmPlan.Grammar.Values;
using NodaTime;
using NodaTime.Text;

namespace CmPlan.Analysis.Rules.Support;

/// <summary>How messages write dates, counts and durations, so every rule speaks alike: "Wed 31 Mar 2027", "the 3rd repost", "5 days".</summary>
public static class HumanText
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("ddd d MMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern ShortDayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern IsoDatePattern = LocalDatePattern.Iso;

    /// <summary>"Wed 31 Mar 2027".</summary>
    public static string Day(LocalDate date) => DayPattern.Format(date);

    /// <summary>"Wed 31 Mar", when the year goes without saying.</summary>
    public static string ShortDay(LocalDate date) => ShortDayPattern.Format(date);

    /// <summary>"Wed 31 Mar 2027 09:00".</summary>
    public static string DayTime(LocalDateTime moment) => $"{Day(moment.Date)} {TimePattern.Format(moment.TimeOfDay)}";

    /// <summary>"2027-03-31", as a plan writes a date.</summary>
    public static string IsoDate(LocalDate date) => IsoDatePattern.Format(date);

    /// <summary>"2027-03-31 09:00", as a plan writes a date-time.</summary>
    public static string PlanDateTime(LocalDateTime moment) => $"{IsoDate(moment.Date)} {TimePattern.Format(moment.TimeOfDay)}";

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>"the first publication" for k = 0, else "the 3rd repost".</summary>
    public static string Publication(int repost) => repost == 0 ? "the first publication" : $"the {Ordinal(repost)} repost";

    /// <summary>"1 day", "5 days", "10 minutes", "2 months".</summary>
    public static string Duration(PlanDuration duration)
    {
        var unit = duration.Unit switch
        {
            DurationUnit.Minutes => "minute",
            DurationUnit.Hours => "hour",
            DurationUnit.Days => "day",
            DurationUnit.Weeks => "week",
            _ => "month",
        };
        return Count(duration.Amount, unit);
    }

    /// <summary>"1 item", "3 items".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>A period as days, hours and minutes, largest units first: "4 days 12 hours".</summary>
    public static string Gap(Period period)
    {
        var normalized = period.Normalize();
        var parts = new List<string>();
        AddPart(parts, (int)normalized.Years, "year");
        AddPart(parts, (int)normalized.Months, "month");
        AddPart(parts, (int)(normalized.Weeks * 7) + normalized.Days, "day");
        AddPart(parts, (int)normalized.Hours, "hour");
        AddPart(parts, (int)normalized.Minutes, "minute");
        return parts.Count == 0 ? "no time" : string.Join(' ', parts);
    }

    private static void AddPart(List<string> parts, int amount, string unit)
    {
        if (amount != 0)
        {
            parts.Add(Count(amount, unit));
        }
    }
}
