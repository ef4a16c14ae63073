using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class UnusedVariantRuleTests
{
    private const string Rule = RuleIds.UnusedVariant;
    private const string Channels = "channel x\n\nchannel insta\n  network instagram\n\nchannel linkedin\n\n";

    /// <summary>Post a from line 8, on <paramref name="on"/>, its plain text on line 11, then <paramref name="lines"/>.</summary>
    private static string Post(string on, params string[] lines) =>
        Channels + $"post a\n  on {on}\n  at 2027-03-10 12:30\n  text \"Les soldes de printemps commencent !\"\n" + string.Concat(lines.Select(l => "  " + l + "\n"));

    [Fact]
    public void Fires_on_a_variant_for_channels_the_post_does_not_go_to()
    {
        var diagnostic = Assert.Single(Fires(Post("x, linkedin", "text insta", "  Les soldes commencent 🌸", "  #soldes #printemps"), Rule, "12:3-12:13"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "This variant is for 'insta', but the post is not published there (it is published on x, linkedin): nobody will read it. Add the channel to 'on', or delete the variant.",
            diagnostic.Message);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(("Delete the variant", false), (fix.Title, fix.IsSafe));
    }

    [Fact]
    public void The_fix_deletes_the_variant_and_its_text_block()
    {
        var plan = Post("x", "text insta, linkedin", "  Les soldes commencent 🌸", "", "  #soldes", "tags soldes");
        var fixedText = FixRoundTrip(plan, Rule);
        Assert.EndsWith("  text \"Les soldes de printemps commencent !\"\n  tags soldes\n", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Silent_when_one_of_its_channels_is_used_or_its_ids_name_nothing()
    {
        Silent(Post("x, linkedin", "text insta, linkedin \"Pour LinkedIn\""), Rule);
        Silent(Post("x", "text bluesky \"Ciel\""), Rule); // unknown-reference says it
        Silent(Post("nowhere", "text insta \"Insta\""), Rule); // no channel known at all
    }

    [Fact]
    public void A_queue_items_variants_are_judged_on_its_queues_channels()
    {
        var plan = Channels + "queue astuces\n  on x\n  start 2027-03-01\n  slots daily 09:00\n\n"
            + "post astuce-1\n  queue astuces\n  text \"Répondez en moins de 24 h.\"\n  text linkedin \"Répondez vite.\"\n";
        var diagnostic = Assert.Single(Fires(plan, Rule, "16:3-16:16"));
        Assert.Contains("(its queue publishes on x)", diagnostic.Message, StringComparison.Ordinal);
    }
}
