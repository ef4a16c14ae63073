using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// The usual slips in one blank-separated token of a value (contract §5 "Say what to write"): times
/// (<c>9h30</c>), day-first dates (<c>10/03/2027</c>), French or spelt-out duration units (<c>7j</c>,
/// <c>2semaines</c>, <c>1an</c>) and day words (<c>lundi</c>, <c>MON</c>). Each gives the form the
/// language reads; <see cref="ValueRewriter"/> keeps a rewrite only if the whole value then reads.
/// </summary>
internal static partial class TokenRewrites
{
    /// <summary>A token's possible rewrites (none when it has no known slip), with a note for each that needs one.</summary>
    public static IEnumerable<(string Text, ValueProblem? Note)> Of(string token)
    {
        if (Time(token) is { } time)
        {
            yield return (time, null);
        }

        if (Date(token, out var note) is { } date)
        {
            yield return (date, note);
        }

        if (Duration(token) is { } duration)
        {
            yield return (duration, null);
        }

        if (Days(token) is { } days)
        {
            yield return (days, null);
        }
    }

    /// <summary>Why <paramref name="token"/> has two readings and no rewrite (<c>1m</c>), else null.</summary>
    public static ValueProblem? Ambiguity(string token) =>
        DurationPattern().Match(token) is { Success: true } m && m.Groups[2].Value == "m"
            ? new ValueProblem(ValueProblemKind.MinutesOrMonths, m.Groups[1].Value)
            : null;

    private static string? Time(string token)
    {
        var m = TimePattern().Match(token);
        if (!m.Success)
        {
            return null;
        }

        var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var text = $"{hour:00}:{minute:00}";
        return hour <= 23 && minute <= 59 && text != token ? text : null;
    }

    /// <summary>A day-first date (the French order): 10/03/2027 and 10.03.2027 are 10 March.</summary>
    private static string? Date(string token, out ValueProblem? note)
    {
        note = null;
        var m = DatePattern().Match(token);
        if (!m.Success)
        {
            return null;
        }

        var (day, month, year) = (Number(m.Groups[1]), Number(m.Groups[3]), Number(m.Groups[4]));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        if (day <= 12 && day != month)
        {
            note = new ValueProblem(ValueProblemKind.DayFirst) { First = day, Second = month };
        }

        return $"{year:0000}-{month:00}-{day:00}";
    }

    private static string? Duration(string token)
    {
        var m = DurationPattern().Match(token);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var unit = m.Groups[2].Value;
        var text = unit.ToLowerInvariant() switch
        {
            "j" or "jour" or "jours" or "day" or "days" => $"{amount}d",
            "sem" or "semaine" or "semaines" or "week" or "weeks" or "wk" => $"{amount}w",
            "y" or "yr" or "an" or "ans" or "année" or "années" or "year" or "years" => $"{(long)amount * 12}mo",
            "mois" or "month" or "months" => $"{amount}mo",
            "heure" or "heures" or "hour" or "hours" or "hr" => $"{amount}h",
            "mn" or "mins" or "minute" or "minutes" => $"{amount}min",
            "min" or "h" or "d" or "w" or "mo" when unit != unit.ToLowerInvariant() => $"{amount}{unit.ToLowerInvariant()}",
            _ => null,
        };
        return text == token ? null : text;
    }

    private static readonly Dictionary<string, string> DayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lundi"] = "mon",
        ["mardi"] = "tue",
        ["mercredi"] = "wed",
        ["jeudi"] = "thu",
        ["vendredi"] = "fri",
        ["samedi"] = "sat",
        ["dimanche"] = "sun",
        ["lun"] = "mon",
        ["mer"] = "wed",
        ["jeu"] = "thu",
        ["ven"] = "fri",
        ["sam"] = "sat",
        ["dim"] = "sun",
        ["monday"] = "mon",
        ["tuesday"] = "tue",
        ["wednesday"] = "wed",
        ["thursday"] = "thu",
        ["friday"] = "fri",
        ["saturday"] = "sat",
        ["sunday"] = "sun",
        ["mon"] = "mon",
        ["tue"] = "tue",
        ["wed"] = "wed",
        ["thu"] = "thu",
        ["fri"] = "fri",
        ["sat"] = "sat",
        ["sun"] = "sun",
        ["daily"] = "daily",
        ["weekdays"] = "weekdays",
        ["weekends"] = "weekends",
    };

    /// <summary>A day word, a range of two, with its trailing comma kept: <c>Lundi-Vendredi,</c> → <c>mon-fri,</c>.</summary>
    private static string? Days(string token)
    {
        var comma = token.EndsWith(',') ? "," : string.Empty;
        var parts = token[..^comma.Length].Split('-');
        if (parts.Length > 2 || parts.Any(p => !DayWords.ContainsKey(p)))
        {
            return null;
        }

        var text = string.Join("-", parts.Select(p => DayWords[p])) + comma;
        return text == token ? null : text;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{1,2})(?:[:hH]([0-9]{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^([0-9]{1,2})([/.])([0-9]{1,2})\2([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([0-9]{1,7})(\p{L}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
