using System.Globalization;
using System.Text;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Support;

/// <summary>
/// How French messages write dates, counts and durations, as a French editor would: "mer. 10 mars 2027",
/// "09:30", "la 3e republication", "5 jours", "10 000" (thin no-break space), « texte ». Tables, not
/// cultures: the build is culture-invariant (InvariantGlobalization), and these are the CLDR forms.
/// </summary>
public static class FrenchText
{
    /// <summary>U+202F NARROW NO-BREAK SPACE: inside « », before : ; ! ?, between thousands.</summary>
    public const char ThinSpace = '\u202F';

    private static readonly string[] Weekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];

    private static readonly string[] Months =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    private static readonly string[] MonthNames =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] WeekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    /// <summary>"lun.".</summary>
    public static string WeekdayShort(IsoDayOfWeek day) => Weekdays[(int)day - 1];

    /// <summary>"février": a month's full name (1 to 12).</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>"lundi".</summary>
    public static string Weekday(IsoDayOfWeek day) => WeekdayNames[(int)day - 1];

    /// <summary>"mer. 10 mars 2027"; the first of a month is "1er".</summary>
    public static string Day(LocalDate date) => $"{ShortDay(date)} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"mer. 10 mars", when the year goes without saying.</summary>
    public static string ShortDay(LocalDate date) =>
        $"{Weekdays[(int)date.DayOfWeek - 1]} {(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]}";

    /// <summary>"09:30".</summary>
    public static string Time(LocalTime time) =>
        time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"mer. 10 mars 2027 à 09:30".</summary>
    public static string DayTime(LocalDateTime moment) => $"{Day(moment.Date)} à {Time(moment.TimeOfDay)}";

    /// <summary>"1re", "2e", "11e": the feminine ordinal (a publication, a republication).</summary>
    public static string Ordinal(int n) => Number(n) + (n == 1 ? "re" : "e");

    /// <summary>"la première publication" for k = 0, else "la 3e republication".</summary>
    public static string Publication(int repost) => repost == 0 ? "la première publication" : $"la {Ordinal(repost)} republication";

    /// <summary>"12 345" with a thin no-break space between thousands, "-3" for negatives.</summary>
    public static string Number(long n)
    {
        var digits = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(n < 0 ? "-" : string.Empty);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(ThinSpace);
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }

    /// <summary>"2,5" with a decimal comma and thin spaces between thousands, to <paramref name="decimals"/> places at most.</summary>
    public static string Decimal(double value, int decimals = 1)
    {
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text.Replace(',', ThinSpace).Replace('.', ',');
    }

    /// <summary>"0 fichier", "1 fichier", "3 fichiers": French counts 0 and 1 in the singular.</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{Number(n)} {(n is 0 or 1 or -1 ? singular : plural ?? singular + "s")}";

    /// <summary>"1 jour", "5 jours", "10 minutes", "2 mois".</summary>
    public static string Duration(PlanDuration duration) => duration.Unit switch
    {
        DurationUnit.Minutes => Count(duration.Amount, "minute"),
        DurationUnit.Hours => Count(duration.Amount, "heure"),
        DurationUnit.Days => Count(duration.Amount, "jour"),
        DurationUnit.Weeks => Count(duration.Amount, "semaine"),
        _ => Count(duration.Amount, "mois", "mois"),
    };

    /// <summary>A period in years, months, days, hours and minutes, largest first: "4 jours 12 heures".</summary>
    public static string Gap(Period period)
    {
        var normalized = period.Normalize();
        var parts = new List<string>();
        AddPart(parts, (int)normalized.Years, "an");
        AddPart(parts, (int)normalized.Months, "mois", "mois");
        AddPart(parts, (int)(normalized.Weeks * 7) + normalized.Days, "jour");
        AddPart(parts, (int)normalized.Hours, "heure");
        AddPart(parts, (int)normalized.Minutes, "minute");
        return parts.Count == 0 ? "aucun écart" : string.Join(' ', parts);
    }

    /// <summary>« texte », with thin no-break spaces inside the guillemets.</summary>
    public static string Quote(string text) => $"«{ThinSpace}{text}{ThinSpace}»";

    /// <summary>
    /// French typography for a template: a thin no-break space before <c>: ; ! ? %</c> and inside « »,
    /// in place of the plain space the template's author typed (or none). Applied to templates only,
    /// never to the plan's own texts that fill them.
    /// </summary>
    public static string Typeset(string template)
    {
        var text = new StringBuilder(template.Length + 8);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c is ':' or ';' or '!' or '?' or '»' or '%' && i > 0 && !IsDigitColon(template, i))
            {
                if (text.Length > 0 && text[^1] == ' ')
                {
                    text[^1] = ThinSpace;
                }
                else if (text.Length > 0 && text[^1] != ThinSpace)
                {
                    text.Append(ThinSpace);
                }

                text.Append(c);
            }
            else if (c == '«')
            {
                text.Append(c).Append(ThinSpace);
                if (i + 1 < template.Length && template[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    // "09:30", "{a}:{b}" placeholders aside, a colon between two non-spaces is not punctuation (a time, a URL).
    private static bool IsDigitColon(string text, int i) =>
        text[i] == ':' && i + 1 < text.Length && text[i - 1] != ' ' && text[i + 1] != ' ';

    private static void AddPart(List<string> parts, int amount, string singular, string? plural = null)
    {
        if (amount != 0)
        {
            parts.Add(Count(amount, singular, plural));
        }
    }
}
