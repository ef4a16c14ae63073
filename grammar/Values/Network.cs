namespace CmPlan.Grammar.Values;

/// <summary>The networks a channel can publish to (<c>twitter</c> is read as <see cref="X"/>).</summary>
public enum Network
{
    X,
    Instagram,
    LinkedIn,
    Facebook,
    Threads,
    Bluesky,
    Mastodon,
    TikTok,
    Pinterest,
    YouTube,
}
