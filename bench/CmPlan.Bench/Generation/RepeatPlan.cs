using CmPlan.Bench.Content;

namespace CmPlan.Bench.Generation;

/// <summary>A post's repeat while it is generated: its reposts' days after the first publication, and its DTO.</summary>
internal sealed record RepeatPlan(string Every, int StepDays, int Count, bool Monthly = false, bool ByUntil = false)
{
    public static RepeatPlan? Random(Random random) => random.Next(100) switch
    {
        < 10 => new("7d", 7, 1 + random.Next(3)),
        < 17 => new("14d", 14, 1 + random.Next(2)),
        < 21 => new("1mo", 0, 1, Monthly: true),
        < 25 => new("7d", 7, 2 + random.Next(3), ByUntil: true),
        _ => null,
    };

    public IReadOnlyList<int> Offsets(DateTime first) =>
        [.. Enumerable.Range(1, Count).Select(k => Monthly ? (first.AddMonths(k) - first).Days : k * StepDays)];

    public RepeatDto ToDto(DateTime at) => ByUntil
        ? new() { Every = Every, Until = PlanGenerator.Date(at.AddDays(StepDays * Count)) }
        : new() { Every = Every, Times = Count };
}
