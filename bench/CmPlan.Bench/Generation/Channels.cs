using CmPlan.Bench.Content;

namespace CmPlan.Bench.Generation;

/// <summary>The generated plan's channels, its publishing times, and its three evergreen queues.</summary>
internal static class Channels
{
    /// <summary>Ids, in declaration order; the first three only take short texts (X, Threads, Bluesky).</summary>
    public static readonly string[] Ids = ["x", "threads", "bluesky", "linkedin", "instagram", "masto-lyon"];

    public const int ShortOnly = 3;

    /// <summary>The slot times posts are given; <see cref="Lane"/> is kept for reposts that never end.</summary>
    public static readonly string[] Times = ["08:00", "09:30", "11:00", "12:30", "14:00", "16:00", "18:00", "20:00"];

    public const string Lane = "21:15";

    public static List<ChannelDto> Declare() =>
        [.. Ids.Select(id => new ChannelDto
        {
            Id = id,
            Network = id == "masto-lyon" ? "mastodon" : null,
            Limit = id == "masto-lyon" ? 1000 : null,
            Slots = [Slots("weekdays"), Slots("sat, sun")],
        })];

    /// <summary>Queue slots sit at least 30 minutes (the policy's <c>min-gap</c>) from the posts' times.</summary>
    public static List<QueueDto> Queues(string planEnd) =>
    [
        new() { Id = "astuces", On = ["x", "masto-lyon"], Slots = [new() { Days = "fri", Times = ["07:15"] }], Recycle = new() { Until = planEnd, Times = 1 } },
        new() { Id = "inspirations", On = ["instagram"], Slots = [new() { Days = "tue, thu", Times = ["22:00"] }], Recycle = new() { Times = 2 } },
        new() { Id = "coulisses", On = ["linkedin"], Slots = [new() { Days = "mon", Times = ["07:00"] }] },
    ];

    private static SlotsDto Slots(string days) => new() { Days = days, Times = [.. Times, Lane] };
}
