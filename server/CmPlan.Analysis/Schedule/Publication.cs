using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// One publication of one content on one channel. <see cref="Repost"/> is k of contract §4: 0 for
/// the first publication, k ≥ 1 for the k-th repost. <see cref="Queue"/> is set for queue items.
/// </summary>
public sealed record Publication(string Post, string Channel, ZonedDateTime At, int Repost, string? Queue)
{
    public LocalDateTime Local => At.LocalDateTime;

    public Instant Instant => At.ToInstant();

    public bool IsRepost => Repost > 0;
}
