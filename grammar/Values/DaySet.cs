using NodaTime;

namespace CmPlan.Grammar.Values;

/// <summary>A set of weekdays (<c>daily</c>, <c>weekdays</c>, <c>mon, wed-fri</c>…), as a bit mask over ISO weekdays.</summary>
public readonly record struct DaySet(int Mask)
{
    public static DaySet Daily { get; } = new(0b111_1111);

    public static DaySet Weekdays { get; } = new(0b001_1111);

    public static DaySet Weekends { get; } = new(0b110_0000);

    public static DaySet Of(IsoDayOfWeek day) => new(1 << ((int)day - 1));

    public bool Contains(IsoDayOfWeek day) => (Mask & Of(day).Mask) != 0;

    public int Count => System.Numerics.BitOperations.PopCount((uint)Mask);

    public DaySet Union(DaySet other) => new(Mask | other.Mask);

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>, wrapping past Sunday (<c>fri-mon</c>).</summary>
    public static DaySet Range(IsoDayOfWeek first, IsoDayOfWeek last)
    {
        var set = default(DaySet);
        var day = first;
        while (true)
        {
            set = set.Union(Of(day));
            if (day == last)
            {
                return set;
            }

            day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1;
        }
    }
}
