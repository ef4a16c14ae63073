using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// What to say about a time zone that is not an IANA id (contract §5 "Say what to write"). A
/// suggestion is never a zone with another offset: an offset (<c>UTC+1</c>) or an abbreviation
/// (<c>CEST</c>) gets city zones named and no fix, since a city follows summer time and an offset
/// does not; only a misspelt id gets "Did you mean", and only as an unsafe fix.
/// </summary>
internal static partial class ZoneAdvice
{
    /// <summary>Cities whose standard (winter) offset is the key, in hours: examples for the message.</summary>
    private static readonly Dictionary<int, string> Cities = new()
    {
        [-8] = "America/Los_Angeles",
        [-7] = "America/Denver",
        [-6] = "America/Chicago",
        [-5] = "America/New_York",
        [-3] = "America/Sao_Paulo",
        [0] = "Europe/London",
        [1] = "Europe/Paris",
        [2] = "Europe/Athens",
        [3] = "Europe/Moscow",
        [4] = "Asia/Dubai",
        [8] = "Asia/Shanghai",
        [9] = "Asia/Tokyo",
        [10] = "Australia/Sydney",
        [12] = "Pacific/Auckland",
    };

    /// <summary>Abbreviations people write for a zone, with a city that uses them.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CET"] = "Europe/Paris",
        ["CEST"] = "Europe/Paris",
        ["HNEC"] = "Europe/Paris",
        ["HAEC"] = "Europe/Paris",
        ["WET"] = "Europe/Lisbon",
        ["WEST"] = "Europe/Lisbon",
        ["BST"] = "Europe/London",
        ["EET"] = "Europe/Athens",
        ["EEST"] = "Europe/Athens",
        ["EST"] = "America/New_York",
        ["EDT"] = "America/New_York",
        ["CST"] = "America/Chicago",
        ["CDT"] = "America/Chicago",
        ["MST"] = "America/Denver",
        ["MDT"] = "America/Denver",
        ["PST"] = "America/Los_Angeles",
        ["PDT"] = "America/Los_Angeles",
    };

    /// <summary>What is wrong with the unknown zone <paramref name="text"/>, and the misspelt id's closest zone for an unsafe fix.</summary>
    public static ValueProblem Problem(string text, IDateTimeZoneProvider provider, out string? suggestion)
    {
        suggestion = null;
        var quoted = Text.Quote.Cut(text);
        if (OffsetPattern().Match(text) is { Success: true } offset)
        {
            var hours = int.Parse(offset.Groups[2].Value, CultureInfo.InvariantCulture) * (offset.Groups[1].Value == "+" ? 1 : -1);
            var minutes = offset.Groups[3].Success ? int.Parse(offset.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            var city = Cities.TryGetValue(hours, out var c) && minutes == 0 ? c : "Europe/Paris";
            var etc = $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}";
            var fixedZone = minutes == 0 && hours != 0 && provider.GetZoneOrNull(etc) is not null ? etc : null;
            return new ValueProblem(ValueProblemKind.ZoneOffset, quoted) { Other = city, Example = fixedZone };
        }

        if (Abbreviations.TryGetValue(text, out var named))
        {
            return new ValueProblem(ValueProblemKind.ZoneAbbreviation, quoted) { Other = named };
        }

        suggestion = provider.Ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase))
            ?? Text.Suggestions.Closest(text, provider.Ids, 3);
        return suggestion is null
            ? new ValueProblem(ValueProblemKind.UnknownZone, quoted)
            : new ValueProblem(ValueProblemKind.MisspeltZone, quoted) { Other = suggestion };
    }

    [GeneratedRegex(@"^(?:UTC|GMT|Z)?\s*([+\-−])\s*([0-9]{1,2})(?::?([0-9]{2}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
