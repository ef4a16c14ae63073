using System.Collections.Immutable;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Rules.Calendar;

/// <summary>What a channel's or queue's <c>slots</c> lines add up to: several lines merge, a repeated time counts once.</summary>
internal static class SlotTimes
{
    /// <summary>The distinct slot times of <paramref name="day"/>, earliest first.</summary>
    public static ImmutableArray<LocalTime> On(ImmutableArray<Located<SlotsValue>> lines, IsoDayOfWeek day)
    {
        var times = new SortedSet<LocalTime>();
        foreach (var line in lines.IsDefault ? [] : lines)
        {
            if (line.Value.Days.Contains(day) && !line.Value.Times.IsDefault)
            {
                times.UnionWith(line.Value.Times);
            }
        }

        return [.. times];
    }

    /// <summary>How many distinct (weekday, time) pairs the lines give: the slots of one week.</summary>
    public static int PerWeek(ImmutableArray<Located<SlotsValue>> lines)
    {
        var count = 0;
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            count += On(lines, day).Length;
        }

        return count;
    }
}
