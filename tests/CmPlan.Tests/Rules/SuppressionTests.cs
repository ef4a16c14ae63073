using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.DiagnosticAssert;

namespace CmPlan.Tests.Rules;

/// <summary><c># cmplan-ignore</c> as contract §5 "Suppression" defines it, and <c>unused-suppression</c>.</summary>
public class SuppressionTests
{
    private static readonly string[] Rules = [RuleIds.RepostTooFrequent, RuleIds.UnusedSuppression, RuleIds.UnknownRule, RuleIds.MissingProperty];

    private static string Post(string header = "post a", string repeat = "repeat every 5d times 2", string above = "") =>
        $"channel x\n\n{above}{header}\n  on x\n  at 2027-03-02 09:00\n  {repeat}\n  text \"Bonjour\"\n";

    [Fact]
    public void Without_suppression_the_rule_fires() =>
        CheckRules(Post(), Rules, "repost-too-frequent 6:16-6:18");

    [Fact]
    public void A_trailing_comment_silences_its_own_line() =>
        CheckRules(Post(repeat: "repeat every 5d times 2  # cmplan-ignore repost-too-frequent"), Rules);

    [Fact]
    public void A_standalone_comment_silences_the_next_code_line_skipping_blanks_and_comments() =>
        CheckRules(Post(repeat: "# cmplan-ignore repost-too-frequent\n\n  # pourquoi : validé par Julie\n  repeat every 5d times 2"), Rules);

    [Fact]
    public void A_comment_on_a_header_silences_the_whole_block()
    {
        CheckRules(Post(header: "post a  # cmplan-ignore"), Rules);
        CheckRules(Post(above: "# cmplan-ignore repost-too-frequent\n"), Rules);
    }

    [Fact]
    public void Rule_ids_may_be_separated_by_commas_or_blanks() =>
        CheckRules(Post(repeat: "repeat every 5d times 2  # cmplan-ignore whitespace,repost-too-frequent  off-slot"), Rules);

    [Fact]
    public void Another_rule_named_does_not_silence_and_is_reported_unused() =>
        CheckRules(Post(repeat: "repeat every 5d times 2  # cmplan-ignore whitespace"), Rules,
            "repost-too-frequent 6:16-6:18",
            "unused-suppression 6:28-6:54");

    [Fact]
    public void A_suppression_on_another_line_does_not_silence() =>
        CheckRules(Post(header: "post a\n  # cmplan-ignore repost-too-frequent\n  tags promo"), Rules,
            "unused-suppression 4:3-4:38",
            "repost-too-frequent 8:16-8:18");

    [Fact]
    public void Structural_diagnostics_are_never_silenced() =>
        CheckRules("channel x\n\npost a  # cmplan-ignore\n  on x\n", Rules,
            "missing-property 3:1-3:7",
            "missing-property 3:1-3:7",
            "unused-suppression 3:9-3:24");

    [Fact]
    public void An_unknown_rule_in_a_suppression_is_reported() =>
        CheckRules(Post(repeat: "repeat every 5d times 2  # cmplan-ignore repost-trop-frequent"), Rules,
            "repost-too-frequent 6:16-6:18",
            "unused-suppression 6:28-6:64",
            "unknown-rule 6:44-6:64");

    [Fact]
    public void A_hashtag_in_a_text_block_is_not_a_suppression() =>
        CheckRules("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 5d times 2\n  text\n    # cmplan-ignore\n    Bonjour\n", Rules,
            "repost-too-frequent 6:16-6:18");

    [Fact]
    public void Look_alike_comments_are_not_suppressions() =>
        CheckRules(Post(repeat: "repeat every 5d times 2  # cmplan-ignored"), Rules, "repost-too-frequent 6:16-6:18");

    [Fact]
    public void Unused_suppression_can_be_turned_off() =>
        CheckRules("policy\n  rule unused-suppression off\n\n" + Post(repeat: "repeat every 7d times 2  # cmplan-ignore"), Rules);

    [Fact]
    public void Deleting_an_unused_trailing_suppression_keeps_the_code()
    {
        var plan = Post(repeat: "repeat every 7d times 2  # cmplan-ignore");
        Assert.Equal(Post(repeat: "repeat every 7d times 2"), RuleAssert.FixRoundTrip(plan, RuleIds.UnusedSuppression));
    }

    [Fact]
    public void Deleting_an_unused_standalone_suppression_removes_its_line()
    {
        var plan = Post(above: "# cmplan-ignore\r\n").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal);
        var clean = Post(repeat: "repeat every 7d times 2").Replace("\n", "\r\n", StringComparison.Ordinal);
        plan = plan.Replace("repeat every 5d times 2", "repeat every 7d times 2", StringComparison.Ordinal);
        Assert.Equal(clean, RuleAssert.FixRoundTrip(plan, RuleIds.UnusedSuppression));
    }

    [Theory]
    [InlineData("# cmplan-ignore repost-too-frequent -- validé par Julie, c'est un rappel")]
    [InlineData("# cmplan-ignore -- rappel voulu : année de création, pas une date")]
    [InlineData("# cmplan-ignore repost-too-frequent, off-slot -- le -- ne compte qu'une fois")]
    public void A_reason_after_two_dashes_is_free_text_not_rule_ids(string comment) =>
        CheckRules(Post(repeat: "repeat every 5d times 2  " + comment), Rules);

    private static readonly string[] TextRules = [RuleIds.Whitespace, RuleIds.RepostTooFrequent, RuleIds.UnusedSuppression];

    private static string TextPost(string textLine, string above = "") =>
        "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n" + above + "  " + textLine + "\n    Bonjour  à tous \n\n    #printemps \n  repeat every 5d times 2\n";

    [Fact]
    public void Without_suppression_each_text_line_gets_its_whitespace() =>
        CheckRules(TextPost("text"), TextRules, "whitespace 7:12-7:21", "whitespace 9:15-9:16", "repost-too-frequent 10:16-10:18");

    [Theory]
    [InlineData("text  # cmplan-ignore whitespace -- mise en page voulue", "", 10)]
    [InlineData("text", "  # cmplan-ignore whitespace\n", 11)]
    public void A_suppression_on_the_line_that_opens_a_text_covers_its_whole_text_block(string textLine, string above, int repeatLine) =>
        CheckRules(TextPost(textLine, above), TextRules, $"repost-too-frequent {repeatLine}:16-{repeatLine}:18");

    [Fact]
    public void A_suppression_on_the_text_line_does_not_reach_past_the_text() =>
        CheckRules(TextPost("text  # cmplan-ignore repost-too-frequent"), TextRules,
            "unused-suppression 6:9-6:44", "whitespace 7:12-7:21", "whitespace 9:15-9:16", "repost-too-frequent 10:16-10:18");
}
