using CmPlan.Analysis.Ide.Hover;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

/// <summary>Hover on a <c>media</c> line (the image, its alt text) and on a post whose variants give channels different texts (1.2).</summary>
public class MediaAndVariantHoverTests
{
    private const string Plan = """
        channel x

        channel insta
          network instagram

        channel linkedin

        post lancement
          on x, insta, linkedin
          at 2027-03-02 09:00
          media "visuels/la boutique.png" alt "La boutique [Grasse], vitrine de printemps"
          media https://example.org/teaser.mp4
          media visuels/affiche.jpg
          text "Le texte long, pour LinkedIn."
          text x, insta
            Court et net 🌸
            #printemps

        """;

    private static HoverInfo? HoverAt(string needle, Uri? document = null)
    {
        var result = Plans.Analyze(Plan);
        return HoverService.Hover(result, result.Syntax.Source.Text.IndexOf(needle, StringComparison.Ordinal) + 1, document);
    }

    [Fact]
    public void A_media_path_shows_the_image_from_the_plans_folder_with_its_alt_text()
    {
        var hover = HoverAt("visuels/la boutique", new Uri("file:///home/lea/plans/printemps.cmplan"));
        Assert.NotNull(hover);
        Assert.Equal(
            "**image** `visuels/la boutique.png`\n\n![La boutique \\[Grasse\\], vitrine de printemps](<file:///home/lea/plans/visuels/la%20boutique.png>)\n\nAlt text: La boutique \\[Grasse\\], vitrine de printemps",
            hover.Markdown);
    }

    [Fact]
    public void Without_alt_or_folder_the_hover_says_so_and_a_video_shows_no_image()
    {
        Assert.Equal("**image** `visuels/affiche.jpg`\n\n![](<visuels/affiche.jpg>)\n\nNo alt text.", HoverAt("visuels/affiche.jpg")!.Markdown.Split("\n\n---\n\n")[0]);
        Assert.Equal("**video** `https://example.org/teaser.mp4`", HoverAt("https://example.org/teaser")!.Markdown);
    }

    [Fact]
    public void A_post_with_variants_shows_each_channels_text()
    {
        var hover = HoverAt("lancement");
        Assert.NotNull(hover);
        Assert.EndsWith(
            "Text on `x`, `insta`:\n\n> Court et net 🌸\n> \\#printemps\n\nText on `linkedin`:\n\n> Le texte long, pour LinkedIn.",
            hover.Markdown,
            StringComparison.Ordinal);
    }
}
