using System.Collections.Immutable;
using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// The slot instants of a queue's <c>slots</c> lines from its start on (compared as instants, so a
/// slot a DST gap moves past the start is used), in time order, equal instants merged (contract §4).
/// Lazy and unbounded: the caller stops reading.
/// </summary>
internal static class SlotCalendar
{
    // Every offset lies within ±18h, so a slot on a later local day can land no earlier than that
    // day's midnight (read as UTC) minus 18h. DST gaps push local times forward and can reorder
    // slots across midnight; holding back slots until nothing later can precede them keeps order.
    private static readonly Duration LargestOffset = Duration.FromSeconds(Offset.MaxValue.Seconds);

    public static IEnumerable<Slot> From(DateTimeZone zone, Instant start, ImmutableArray<Located<SlotsValue>> lines)
    {
        if (lines.IsDefaultOrEmpty)
        {
            return [];
        }

        var timesByDay = TimesByDay(lines);
        if (Array.TrueForAll(timesByDay, times => times.Length == 0))
        {
            return [];
        }

        return Enumerate(zone, start, timesByDay);
    }

    private static IEnumerable<Slot> Enumerate(DateTimeZone zone, Instant start, LocalTime[][] timesByDay)
    {
        var pending = new List<Slot>();
        Instant? lastEmitted = null;
        // No slot of an earlier local day can land at or after the start: local days map to instants in order.
        var date = LocalArithmetic.LocalOf(start, zone, out _).Date;
        while (true)
        {
            foreach (var time in timesByDay[(int)date.DayOfWeek - 1])
            {
                var local = date + time;
                if (LocalArithmetic.TryResolve(zone, local, out var at) && at.ToInstant() >= start)
                {
                    pending.Add(new Slot(local, at));
                }
            }

            pending.Sort(CompareSlots);
            var last = date == LocalDate.MaxIsoValue;
            if (!last)
            {
                date = date.PlusDays(1);
            }

            var ready = last ? pending.Count : CountReady(pending, date);
            for (var i = 0; i < ready; i++)
            {
                var instant = pending[i].At.ToInstant();
                if (instant != lastEmitted)
                {
                    lastEmitted = instant;
                    yield return pending[i];
                }
            }

            pending.RemoveRange(0, ready);
            if (last)
            {
                yield break;
            }
        }
    }

    /// <summary>How many of the sorted pending slots no slot of <paramref name="nextDay"/> or later can precede.</summary>
    private static int CountReady(List<Slot> pending, LocalDate nextDay)
    {
        var floor = nextDay.AtMidnight().InUtc().ToInstant();
        var ready = 0;
        while (ready < pending.Count && floor - pending[ready].At.ToInstant() > LargestOffset)
        {
            ready++;
        }

        return ready;
    }

    /// <summary>For each ISO weekday (Monday first), its distinct slot times in order.</summary>
    private static LocalTime[][] TimesByDay(ImmutableArray<Located<SlotsValue>> lines)
    {
        var result = new LocalTime[7][];
        var times = new SortedSet<LocalTime>();
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            times.Clear();
            foreach (var line in lines)
            {
                if (line.Value.Days.Contains(day) && !line.Value.Times.IsDefault)
                {
                    times.UnionWith(line.Value.Times);
                }
            }

            result[(int)day - 1] = [.. times];
        }

        return result;
    }

    // Equal instants sort by nominal time, so the merged slot keeps the earliest written one.
    private static int CompareSlots(Slot a, Slot b)
    {
        var byInstant = a.At.ToInstant().CompareTo(b.At.ToInstant());
        return byInstant != 0 ? byInstant : a.Local.CompareTo(b.Local);
    }
}
