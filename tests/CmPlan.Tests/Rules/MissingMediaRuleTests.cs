using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class MissingMediaRuleTests
{
    private const string Rule = RuleIds.MissingMedia;
    private const string Channels = "channel x\n\nchannel insta\n  network instagram\n\nchannel tiktok\n\nchannel chaine\n  network youtube\n\n";

    /// <summary>Post a from line 11: its <c>on</c> value from column 6 of line 12.</summary>
    private static string Post(string on, params string[] lines) =>
        Channels + $"post a\n  on {on}\n  at 2027-03-25 12:30\n  text \"Atelier entretien samedi !\"\n" + string.Concat(lines.Select(l => "  " + l + "\n"));

    [Fact]
    public void Fires_once_per_channel_that_needs_media_on_the_on_value()
    {
        var found = Fires(Post("x, insta, tiktok"), Rule, "12:6-12:22", "12:6-12:22");
        Assert.Equal(Severity.Error, found[0].Severity);
        Assert.Equal(
            "Channel 'insta' is on instagram, which publishes nothing without an image or a video, and this post has no 'media'. Add one, like 'media visuel.jpg alt \"…\"'.",
            found[0].Message);
        Assert.StartsWith("Channel 'tiktok' is on tiktok,", found[1].Message, StringComparison.Ordinal);
        Assert.Empty(found[0].Fixes);
    }

    [Fact]
    public void Youtube_needs_a_video_and_a_web_address_of_unknown_kind_is_not_one()
    {
        var diagnostic = Assert.Single(Fires(Post("chaine", "media https://example.org/coulisses"), Rule, "12:6-12:12"));
        Assert.Equal(
            "Channel 'chaine' is on youtube, which publishes only a video, and this post's media are not videos (.mp4 .mov .m4v .webm). Add one, like 'media teaser.mp4'.",
            diagnostic.Message);
        Silent(Post("chaine", "media coulisses.MP4"), Rule);
    }

    [Fact]
    public void Any_media_satisfies_instagram_even_a_web_address_of_unknown_kind()
    {
        Silent(Post("insta, tiktok", "media https://example.org/visuel"), Rule);
        Silent(Post("insta", "media atelier.jpg alt \"L'atelier\""), Rule);
        Silent(Post("x"), Rule);
    }

    [Fact]
    public void A_queue_item_is_reported_on_its_queue_value()
    {
        var plan = Channels + "queue astuces\n  on insta\n  start 2027-03-01\n  slots daily 09:00\n\npost astuce-1\n  queue astuces\n  text \"Répondez en moins de 24 h.\"\n";
        Assert.Single(Fires(plan, Rule, "17:9-17:16"));
    }
}
