namespace CmPlan.Bench.Generation;

/// <summary>The deliberate mistakes, each on a fixed share of the posts (by index, so the plan is deterministic).</summary>
internal enum Mistake
{
    None,
    AfterExpiry,
    TooFrequent,
    DatedText,
    OffSlot,
    UnknownChannel,
    TooLongForX,
}

internal static class Mistakes
{
    /// <summary>Roughly 1 post in 32 gets one mistake; the rest are valid.</summary>
    public static Mistake Of(int index) => index switch
    {
        _ when index % 89 == 44 => Mistake.AfterExpiry,
        _ when index % 151 == 75 => Mistake.TooFrequent,
        _ when index % 211 == 105 => Mistake.DatedText,
        _ when index % 307 == 153 => Mistake.OffSlot,
        _ when index % 401 == 200 => Mistake.UnknownChannel,
        _ when index % 503 == 251 => Mistake.TooLongForX,
        _ => Mistake.None,
    };

    /// <summary>Repost forever (<c>unbounded-repost</c>), on a weekly lane of its own so it collides with nothing.</summary>
    public static bool IsUnbounded(int index) => index % 1499 == 700;
}
