using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class TooManyMediaRuleTests
{
    private const string Rule = RuleIds.TooManyMedia;

    /// <summary>Post a on <paramref name="on"/> from line 3 after <paramref name="channels"/> (two lines), its media from line 7.</summary>
    private static string Post(string channels, string on, int media) =>
        channels + $"post a\n  on {on}\n  at 2027-04-02 09:00\n  text \"Les nouveautés du printemps 🌷\"\n"
        + string.Concat(Enumerable.Range(1, media).Select(i => $"  media savon-{i}.jpg alt \"Savon n°{i}\"\n"));

    [Fact]
    public void Fires_on_the_first_media_past_the_network_limit()
    {
        var diagnostic = Assert.Single(Fires(Post("channel x\n\n", "x", 5), Rule, "11:9-11:36"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(
            "This post has 5 media, and channel 'x' takes at most 4 (the x limit): this one and those after it would not go out there. Keep 4, or split the post.",
            diagnostic.Message);
        Silent(Post("channel x\n\n", "x", 4), Rule);
    }

    [Fact]
    public void A_channels_max_media_overrides_and_each_channel_over_is_reported_once()
    {
        var channels = "channel bluesky\n  max-media 1\nchannel insta\n  network instagram\n\n";
        var diagnostic = Assert.Single(Fires(Post(channels, "bluesky, insta", 2), Rule, "11:9-11:36"));
        Assert.Contains("channel 'bluesky' takes at most 1 (its max-media)", diagnostic.Message, StringComparison.Ordinal);
        Silent(Post("channel insta\n  network instagram\n", "insta", 20), Rule);
        Fires(Post("channel insta\n  network instagram\n", "insta", 21), Rule, "27:9-27:38");
        Silent(Post("channel linkedin\n\n", "linkedin", 30), Rule);
    }
}
