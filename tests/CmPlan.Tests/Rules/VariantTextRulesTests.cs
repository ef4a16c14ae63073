using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>Contract 1.2: every rule that reads a text reads, for each channel, that channel's text (its variant, else the plain text).</summary>
public class VariantTextRulesTests
{
    private const string Channels = "channel x\n\nchannel linkedin\n\nchannel bluesky\n\n";

    /// <summary>Post a from line 7: on x and linkedin, its plain text on line 10, then <paramref name="lines"/>.</summary>
    private static string Post(string plain, params string[] lines) =>
        Channels + "post a\n  on x, linkedin\n  at 2027-03-02 09:00\n  text \"" + plain + "\"\n" + string.Concat(lines.Select(l => "  " + l + "\n"));

    [Fact]
    public void Text_too_long_counts_each_channels_own_text()
    {
        var linkedin = "Nos savons sont fabriqués à Grasse, à la main, depuis trois générations. " + new string('a', 300);
        Silent(Post(linkedin, "text x \"Court et net ! 🌸\""), RuleIds.TextTooLong);

        var diagnostic = Assert.Single(Fires(Post("Bonjour", "text x \"" + new string('é', 281) + "\""), RuleIds.TextTooLong, "11:10-11:293"));
        Assert.StartsWith("Too long for channel 'x': the text is 281 characters as X counts them", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dated_content_reads_each_text_against_the_channels_that_use_it()
    {
        const string Repeat = "repeat every 7d times 3";
        var diagnostic = Assert.Single(Fires(Post("Nos savons de Grasse 🌿", Repeat, "text x \"Promo jusqu'au 15 mars !\""), RuleIds.DatedContent, "12:26-12:33"));
        Assert.Contains("but this post is still published on Tue 16 Mar 2027 (the 2nd repost), after that day.", diagnostic.Message, StringComparison.Ordinal);

        // A variant for a channel the post does not publish on has no publication to outlive.
        Silent(Post("Nos savons de Grasse 🌿", Repeat, "text bluesky \"Promo jusqu'au 15 mars !\""), RuleIds.DatedContent);
    }

    [Fact]
    public void Duplicate_content_compares_the_texts_used_on_each_common_channel()
    {
        var plan = Post("Le printemps arrive à Grasse", "text x \"Soldes !\"")
            + "\npost b\n  on x, linkedin\n  at 2027-03-03 09:00\n  text \"Le printemps arrive à Grasse\"\n  text x \"Autre chose\"\n"
            + "\npost c\n  on bluesky, x\n  at 2027-03-04 09:00\n  text \"Soldes !\"\n";
        var result = Plans.Analyze(plan);
        var found = Fires(plan, RuleIds.DuplicateContent, "16:8-16:38", "22:8-22:18");
        Assert.Contains("both are published on channel 'linkedin'", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("both are published on channel 'x'", found[1].Message, StringComparison.Ordinal);
        var related = result.Syntax.Source.GetLineRange(found[1].Related[0].Span);
        Assert.Equal((10, 9), (related.Start.Line, related.Start.Character)); // post a's variant for x
    }

    [Fact]
    public void Duplicate_content_reports_on_the_text_of_the_first_clashing_channel_in_on_order()
    {
        var plan = Channels + "post a\n  on x, linkedin\n  at 2027-03-02 09:00\n  text \"Même texte\"\n"
            + "\npost b\n  on linkedin, x\n  at 2027-03-03 09:00\n  text x \"Même texte\"\n  text linkedin \"MÊME  texte\"\n";
        var diagnostic = Assert.Single(Fires(plan, RuleIds.DuplicateContent, "16:17-16:30"));
        Assert.Contains("on channel 'linkedin'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_and_suppression_in_text_check_every_variant_once()
    {
        Fires(Post("Bonjour", "text x \"Court  et net\"", "text bluesky", "  Ligne  double"), RuleIds.Whitespace, "11:16-11:18", "13:10-13:12");
        Fires(Post("Bonjour", "text x", "  Le printemps 🌷", "  # cmplan-ignore whitespace"), RuleIds.SuppressionInText, "13:5-13:31");
    }
}
