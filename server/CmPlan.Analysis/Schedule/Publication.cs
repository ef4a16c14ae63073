using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// One publication of one content on one channel. <see cref="Repost"/> is k of contract §4: 0 for
/// the first publication, k ≥ 1 for the k-th repost. <see cref="Queue"/> is set for queue items.
/// </summary>
public sealed record Publication(string Post, string Channel, ZonedDateTime At, int Repost, string? Queue)
{
    /// <summary>When it goes out. Its instant is kept beside it (set by the constructor and by every <c>with</c>): sorts and sweeps compare instants again and again.</summary>
    public ZonedDateTime At
    {
        get;
        init
        {
            field = value;
            Instant = value.ToInstant();
        }
    } = At;

    public Instant Instant { get; private init; } = At.ToInstant();

    public LocalDateTime Local => At.LocalDateTime;

    public bool IsRepost => Repost > 0;
}
