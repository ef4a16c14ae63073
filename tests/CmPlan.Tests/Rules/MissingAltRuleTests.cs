using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class MissingAltRuleTests
{
    private const string Rule = RuleIds.MissingAlt;

    /// <summary>One media on line 6, its source from column 9.</summary>
    private static string Post(string media) =>
        $"channel insta\n  network instagram\n\npost a\n  on insta\n  media {media}\n  at 2027-03-25 12:30\n  text \"Atelier entretien samedi !\"\n";

    [Fact]
    public void Fires_on_an_image_without_alt_or_with_an_empty_one()
    {
        var diagnostic = Assert.Single(Fires(Post("atelier.jpg"), Rule, "6:9-6:20"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.StartsWith("This image has no alt text: people who use a screen reader will only hear \"image\".", diagnostic.Message, StringComparison.Ordinal);
        Fires(Post("\"photos/la boutique.webp\" alt \"\""), Rule, "6:9-6:34");
        Fires(Post("https://example.org/visuel.PNG?w=800"), Rule, "6:9-6:45");
    }

    [Fact]
    public void Silent_with_an_alt_on_a_video_and_on_a_web_address_of_unknown_kind()
    {
        Silent(Post("atelier.jpg alt \"Une table d'atelier, savons et flacons d'huiles essentielles\""), Rule);
        Silent(Post("teaser.mp4"), Rule);
        Silent(Post("https://example.org/visuel"), Rule);
    }
}
