using CmPlan.Grammar.Values;
using NodaTime;

namespace CmPlan.Analysis.Schedule;

/// <summary>
/// One publication of one content on one channel. <see cref="Repost"/> is k of contract §4: 0 for
/// the first publication, k ≥ 1 for the k-th repost. <see cref="Queue"/> is set for queue items.
/// A plan holds up to a million of them (the budget), so each keeps only what rules read often.
/// </summary>
public sealed record Publication(string Post, string Channel, ZonedDateTime At, int Repost, string? Queue)
{
    // How far a DST gap moved it from its nominal local date-time, in seconds; 0 almost always.
    private readonly int movedSeconds;

    /// <summary>A publication planned at <paramref name="nominal"/> (local), going out at <paramref name="at"/>.</summary>
    public Publication(string post, string channel, ZonedDateTime at, LocalDateTime nominal, int repost, string? queue)
        : this(post, channel, at, repost, queue)
    {
        var local = at.LocalDateTime;
        movedSeconds = nominal == local ? 0 : (int)Period.Between(nominal, local, PeriodUnits.Seconds).Seconds;
    }

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

    /// <summary>The local date-time it really goes out at: what messages show.</summary>
    public LocalDateTime Local => At.LocalDateTime;

    /// <summary>
    /// The local date-time it was planned at (<c>at + k·every</c>, or a slot's date and time) before
    /// a DST gap moved it: what gaps are measured on (contract §4). A <c>with</c> of <see cref="At"/> moves it too.
    /// </summary>
    public LocalDateTime Nominal => movedSeconds == 0 ? At.LocalDateTime : At.LocalDateTime.PlusSeconds(-movedSeconds);

    public bool IsRepost => Repost > 0;

    /// <summary>Whether it goes out after <paramref name="end"/> (an <c>until</c> or <c>expires</c>), compared as instants (contract §4).</summary>
    public bool IsAfter(DateTimeValue end) => !InstantBounds.Includes(InstantBounds.EndOf(end, At.Zone), Instant);
}
