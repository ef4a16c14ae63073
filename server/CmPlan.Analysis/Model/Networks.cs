using CmPlan.Grammar.Values;

namespace CmPlan.Analysis.Model;

/// <summary>Network names and text limits (contract §3).</summary>
public static class Networks
{
    public static Network? Find(string name) => name switch
    {
        "x" or "twitter" => Network.X,
        "instagram" => Network.Instagram,
        "linkedin" => Network.LinkedIn,
        "facebook" => Network.Facebook,
        "threads" => Network.Threads,
        "bluesky" => Network.Bluesky,
        "mastodon" => Network.Mastodon,
        "tiktok" => Network.TikTok,
        "pinterest" => Network.Pinterest,
        "youtube" => Network.YouTube,
        _ => null,
    };

    public static IReadOnlyList<string> Names { get; } =
        ["x", "twitter", "instagram", "linkedin", "facebook", "threads", "bluesky", "mastodon", "tiktok", "pinterest", "youtube"];

    public static int Limit(Network network) => network switch
    {
        Network.X => 280,
        Network.Bluesky => 300,
        Network.Mastodon or Network.Threads or Network.Pinterest => 500,
        Network.Instagram or Network.TikTok => 2200,
        Network.LinkedIn => 3000,
        Network.YouTube => 5000,
        _ => 63206,
    };

    /// <summary>The most media one publication may carry (contract §3 Media); null: no limit unless the channel sets one.</summary>
    public static int? MaxMedia(Network network) => network switch
    {
        Network.X or Network.Bluesky or Network.Mastodon => 4,
        Network.Instagram => 20,
        _ => null,
    };

    /// <summary>Whether the network publishes nothing without media (contract §3 Media); YouTube needs a video, see <see cref="NeedsVideo"/>.</summary>
    public static bool NeedsMedia(Network network) => network is Network.Instagram or Network.TikTok or Network.Pinterest;

    public static bool NeedsVideo(Network network) => network is Network.YouTube;

    public static string Name(Network network) => network.ToString().ToLowerInvariant();
}
