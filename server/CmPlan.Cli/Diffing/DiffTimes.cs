using CmPlan.Analysis.Localization;
using CmPlan.Analysis.Rules.Support;
using CmPlan.Analysis.Schedule;
using CmPlan.Cli.Scheduling;
using NodaTime;

namespace CmPlan.Cli.Diffing;

/// <summary>How the diff outputs show a publication's time: local date with weekday, time and offset, as <c>schedule</c> does.</summary>
public static class DiffTimes
{
    public static string Local(Publication publication, Words words) =>
        $"{Date(publication.At.Date, words)} {TimeFormats.Time.Format(publication.At.TimeOfDay)} {TimeFormats.Offset.Format(publication.At.Offset)}";

    /// <summary>"Tue 2027-03-02" / "mar. 2027-03-02": the ISO date with its weekday, as <c>schedule</c> writes it.</summary>
    public static string Date(LocalDate date, Words words) => words.Language == Language.French
        ? $"{FrenchText.WeekdayShort(date.DayOfWeek)} {TimeFormats.IsoDate.Format(date)}"
        : TimeFormats.Date.Format(date);

    public static string Rfc3339(Publication publication) => TimeFormats.Rfc3339.Format(publication.At.ToOffsetDateTime());
}
