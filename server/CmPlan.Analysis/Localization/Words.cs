using CmPlan.Analysis.Rules.Support;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Localization;

/// <summary>
/// One language's way of writing what fills a message: dates, times, counts, durations, and the
/// catalogue's templates. English is <see cref="HumanText"/>, French <see cref="FrenchText"/>.
/// </summary>
public sealed class Words
{
    private Words(Language language) => Language = language;

    public static Words English { get; } = new(Language.English);

    public static Words French { get; } = new(Language.French);

    public Language Language { get; }

    private bool IsFrench => Language == Language.French;

    public static Words For(Language language) => language == Language.French ? French : English;

    /// <summary>The message <paramref name="id"/> with its arguments filled in.</summary>
    public string Say(MessageId id, params ReadOnlySpan<(string Name, string Value)> arguments) =>
        Messages.Format(Language, id, arguments);

    /// <summary>"Wed 31 Mar 2027" / "mer. 31 mars 2027".</summary>
    public string Day(LocalDate date) => IsFrench ? FrenchText.Day(date) : HumanText.Day(date);

    /// <summary>"Wed 31 Mar" / "mer. 31 mars".</summary>
    public string ShortDay(LocalDate date) => IsFrench ? FrenchText.ShortDay(date) : HumanText.ShortDay(date);

    /// <summary>"Wed 31 Mar 2027 09:00" / "mer. 31 mars 2027 à 09:00".</summary>
    public string DayTime(LocalDateTime moment) => IsFrench ? FrenchText.DayTime(moment) : HumanText.DayTime(moment);

    /// <summary>"the 3rd repost" / "la 3e republication"; k = 0 is the first publication.</summary>
    public string Publication(int repost) => IsFrench ? FrenchText.Publication(repost) : HumanText.Publication(repost);

    /// <summary>"3rd" / "3e".</summary>
    public string Ordinal(int n) => IsFrench ? FrenchText.Ordinal(n) : HumanText.Ordinal(n);

    /// <summary>"5 days" / "5 jours".</summary>
    public string Duration(PlanDuration duration) => IsFrench ? FrenchText.Duration(duration) : HumanText.Duration(duration);

    /// <summary>"4 days 12 hours" / "4 jours 12 heures".</summary>
    public string Gap(Period period) => IsFrench ? FrenchText.Gap(period) : HumanText.Gap(period);

    /// <summary>"March" / "mars": a month's full name.</summary>
    public string MonthName(int month) => IsFrench
        ? FrenchText.MonthName(month)
        : System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>"Mondays" / "lundi" (as in "le lundi"): a weekday that recurs.</summary>
    public string Weekdays(IsoDayOfWeek day) => IsFrench ? FrenchText.Weekday(day) : $"{day}s";

    /// <summary>"3 files" / "3 fichiers".</summary>
    public string Count(int n, Noun noun) => IsFrench
        ? FrenchText.Count(n, noun.French, noun.FrenchPlural)
        : HumanText.Count(n, noun.English, noun.EnglishPlural);

    /// <summary>"12,345 publications" / "12 345 publications": a count large enough for separators.</summary>
    public string LargeCount(long n, Noun noun) => IsFrench
        ? $"{FrenchText.Number(n)} {(IsSingular(n) ? noun.French : noun.FrenchPlural ?? noun.French + "s")}"
        : $"{n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {(IsSingular(n) ? noun.English : noun.EnglishPlural ?? noun.English + "s")}";

    /// <summary>Whether <paramref name="n"/> takes the singular: 1 in English, 0 and 1 in French.</summary>
    public bool IsSingular(long n) => n == 1 || (IsFrench && n == 0);

    /// <summary>"1234" / "1 234" (thin no-break space).</summary>
    public string Number(long n) => IsFrench ? FrenchText.Number(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
