using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Model;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.DiagnosticAssert;

namespace CmPlan.Tests.Analysis;

/// <summary>Contract 1.2: text variants, media, status, max-media and approval-lead as the binder reads them.</summary>
public partial class StructureTests
{
    private static readonly string[] StructuralRules = [.. RuleCatalog.All.Where(r => r.IsStructural).Select(r => r.Id)];

    private static CmPlan.Analysis.AnalysisResult CheckStructure(string plan, params string[] expected) => CheckRules(plan, StructuralRules, expected);

    private const string ThreeChannels = "channel x\n\nchannel insta\n  network instagram\n\nchannel linkedin\n\n";

    [Fact]
    public void Variants_give_each_channel_its_text_and_the_plain_text_is_the_rest()
    {
        var result = CheckStructure(ThreeChannels + "post a\n  on x, insta, linkedin\n  at 2027-03-02 09:00\n  media affiche.png alt \"Affiche\"\n"
            + "  text \"Le texte long pour LinkedIn, avec ses détails.\"\n  text x \"Court et net ! 🌸\"\n  text insta\n    Le printemps arrive 🌷\n\n    #printemps #lavande\n");
        var post = Assert.Single(result.Model.Posts);
        Assert.Equal("Court et net ! 🌸", post.TextFor("x")?.Value.Content);
        Assert.Equal("Le printemps arrive 🌷\n\n#printemps #lavande", post.TextFor("insta")?.Value.Content);
        Assert.Equal("Le texte long pour LinkedIn, avec ses détails.", post.TextFor("linkedin")?.Value.Content);
        Assert.Equal(3, post.AllTexts().Count());
    }

    [Fact]
    public void The_plain_text_is_required_only_for_channels_without_a_variant()
    {
        CheckStructure(ThreeChannels + "post a\n  on x, insta\n  at 2027-03-02 09:00\n  media a.png alt \"A\"\n  text x, insta \"Court\"\n");
        var result = CheckStructure(ThreeChannels + "post a\n  on x, insta, linkedin\n  at 2027-03-02 09:00\n  media a.png alt \"A\"\n  text x \"Court\"\n", "missing-property 8:1-8:7");
        Assert.Equal(
            "post 'a' has no plain 'text' and no variant for 'insta', 'linkedin': add a line like 'text \"Bonjour !\"', or a variant naming them.",
            result.Diagnostics[0].Message);
    }

    [Fact]
    public void A_queue_items_variants_cover_its_queues_channels() =>
        CheckStructure("channel x\n\nchannel linkedin\n\nqueue astuces\n  on x, linkedin\n  start 2027-03-01\n  slots daily 09:00\n\n"
            + "post astuce-1\n  queue astuces\n  text x \"Astuce courte\"\n",
            "missing-property 10:1-10:14");

    [Fact]
    public void A_channel_named_by_two_variants_is_a_duplicate_on_the_second_and_an_unknown_id_a_reference() =>
        CheckStructure(ThreeChannels + "post a\n  on x, linkedin\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n  text x \"Court\"\n  text linkedin, x \"Long\"\n  text bluesky \"Ciel\"\n",
            "duplicate-property 13:18-13:19",
            "unknown-reference 14:8-14:15");

    [Fact]
    public void A_second_plain_text_is_a_duplicate_and_says_how_to_write_a_variant()
    {
        var result = CheckStructure(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n  text \"Salut\"\n", "duplicate-property 7:3-7:7");
        Assert.Equal("'text' is already set on line 6: a post has one plain text. For another channel's text write a variant, like 'text linkedin \"…\"'.", result.Diagnostics[0].Message);
    }

    [Fact]
    public void An_unquoted_single_word_is_still_an_unquoted_text() =>
        CheckStructure(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  text Bonjour\n", "invalid-value 6:8-6:15");

    [Theory]
    [InlineData("media affiche.png", null)]
    [InlineData("media \"photos/la boutique.JPG\" alt \"La boutique à Grasse\"", null)]
    [InlineData("media https://example.org/teaser.mp4?v=2#t", null)]
    [InlineData("media https://example.org/image", null)]
    [InlineData("media brochure.pdf", "invalid-value 6:9-6:21")]
    [InlineData("media affiche.png alt Affiche", "invalid-value 6:25-6:32")]
    [InlineData("media affiche.png légende \"x\"", "invalid-value 6:9-6:32")]
    [InlineData("media", "invalid-value 6:3-6:8")]
    [InlineData("status review", null)]
    [InlineData("status Approved", "invalid-value 6:10-6:18")]
    [InlineData("status validé", "invalid-value 6:10-6:16")]
    public void Media_and_status_values_are_checked(string line, string? expected) =>
        CheckStructure(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  " + line + "\n  text \"x\"\n", expected is null ? [] : [expected]);

    [Fact]
    public void Media_are_read_in_order_with_their_kind_and_alt()
    {
        var result = CheckStructure(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  text \"x\"\n  media b.PNG alt \"\"\n  media https://example.org/v.webm alt \"Vidéo\"\n  media https://example.org/x\n");
        Assert.Equal(
            ["b.PNG image False -", "https://example.org/v.webm video True Vidéo", "https://example.org/x unknown True -"],
            result.Model.Posts[0].Media.Select(m => $"{m.Source.Value} {m.KindName} {m.IsUrl} {m.Alt?.Value ?? "-"}"));
    }

    [Fact]
    public void Status_Approved_offers_the_lowercase_word()
    {
        var result = CheckStructure(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  status Approved\n  text \"x\"\n", "invalid-value 6:10-6:18");
        Assert.Equal("'status' expects draft, review or approved, not 'Approved'. Write 'approved'.", result.Diagnostics[0].Message);
        Assert.Equal("approved", result.Diagnostics[0].Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Max_media_and_approval_lead_are_read_once()
    {
        var result = CheckStructure("policy\n  approval-lead 3d\n\nchannel x\n  max-media 2\n\nchannel mastodon\n\nchannel y\n  max-media 0\n  max-media 1\n", "duplicate-property 11:3-11:12");
        Assert.Equal(new CmPlan.Grammar.Values.PlanDuration(3, CmPlan.Grammar.Values.DurationUnit.Days), result.Model.Settings.ApprovalLead);
        Assert.Equal([2, 4, 0], result.Model.Channels.Select(c => c.EffectiveMaxMedia ?? -1));
        CheckStructure("channel x\n  max-media deux\n", "invalid-value 2:13-2:17");
        CheckStructure("policy\n  approval-lead 0d\n", "invalid-value 2:17-2:19");
        Assert.Equal(Settings.DefaultApprovalLead, CheckStructure("").Model.Settings.ApprovalLead);
    }

    [Fact]
    public void A_text_block_under_an_unquoted_text_keeps_the_block_and_reports_the_lost_words()
    {
        var result = CheckStructure(Channel + "post a\n  on x\n  at 2027-03-02 09:00\n  text Bonjour à tous\n    Le printemps arrive 🌷\n", "invalid-value 6:8-6:22");
        Assert.Equal(
            "A text block's 'text' line takes no text: 'Bonjour à tous' would be lost. Move it into the block, or name channels for a variant, like 'text instagram'.",
            result.Diagnostics[0].Message);
        Assert.Equal("Le printemps arrive 🌷", result.Model.Posts[0].Text?.Value.Content);
    }

    [Fact]
    public void Formatting_keeps_a_variants_channels_and_text_block()
    {
        const string Plan = "channel x\n\nchannel insta\n  network instagram\n\npost a\n    on x, insta\n    at 2027-03-02 09:00\n    media a.png alt \"A\"\n    text \"Bonjour\"\n    text insta   # pour Instagram\n        Le printemps 🌷\n\n          #printemps\n";
        var formatted = CmPlan.Analysis.Formatting.PlanFormatter.Format(CmPlan.Grammar.Text.SourceText.From(Plan));
        Assert.True(formatted.Succeeded, formatted.Refusal);
        Assert.EndsWith("  text \"Bonjour\"\n  text insta  # pour Instagram\n    Le printemps 🌷\n\n      #printemps\n", formatted.Text, StringComparison.Ordinal);
        Assert.Equal("Le printemps 🌷\n\n  #printemps", CheckStructure(formatted.Text).Model.Posts[0].TextFor("insta")?.Value.Content);
    }
}
