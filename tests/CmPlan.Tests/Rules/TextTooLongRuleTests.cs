using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class TextTooLongRuleTests
{
    private const string Rule = RuleIds.TextTooLong;

    /// <summary>The text is on line 6 (line 7 with a link), its value from column 8.</summary>
    private static string Plan(string text, string on = "x", string channels = "channel x", string link = "") =>
        $"{channels}\n\npost a\n  on {on}\n  at 2027-03-02 09:00\n{(link.Length > 0 ? $"  link {link}\n" : "")}  text \"{text}\"\n";

    private static string Range(int line, string text) => $"{line}:8-{line}:{8 + text.Length + 2}";

    [Fact]
    public void Fires_on_the_text_when_over_the_network_limit()
    {
        var text = new string('a', 281);
        var diagnostic = Assert.Single(Fires(Plan(text), Rule, Range(6, text)));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(
            "Too long for channel 'x': the text is 281 characters as X counts them (URLs 23, emoji and CJK characters 2), over the X limit of 280. Cut 1 character.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Silent_at_exactly_the_limit()
    {
        Silent(Plan(new string('a', 280)), Rule);
        Silent(Plan(new string('故', 140)), Rule);
        Fires(Plan(new string('故', 141)), Rule, Range(6, new string('故', 141)));
    }

    [Fact]
    public void X_counts_a_bare_domain_as_a_link_and_bluesky_as_text()
    {
        // 262 characters, a blank and "maison-lavande.fr": 280 as written, 286 once X links the domain.
        var text = "Nos savons artisanaux, fabriqués à Grasse " + new string('a', 220) + " maison-lavande.fr";
        var diagnostic = Assert.Single(Fires(Plan(text, "x, bluesky", "channel x\n\nchannel bluesky"), Rule, Range(8, text)));
        Assert.StartsWith("Too long for channel 'x': the text is 286 characters as X counts them", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("Cut 6 characters.", diagnostic.Message, StringComparison.Ordinal);

        // Not a domain on X either: no known top-level domain after the dot.
        Silent(Plan(text.Replace(".fr", ".frx", StringComparison.Ordinal)[1..]), Rule);
    }

    [Fact]
    public void X_counts_urls_as_23_and_emoji_sequences_as_2()
    {
        var text = new string('a', 199) + " https://example.org/" + new string('p', 100) + " " + string.Concat(Enumerable.Repeat("\U0001F469\u200D\U0001F4BB", 28));
        Silent(Plan(text), Rule);
        Fires(Plan(text + "!"), Rule, Range(6, text + "!"));
    }

    [Fact]
    public void The_link_counts_after_one_space()
    {
        const string Link = "https://example.org/a-long-link-that-x-shortens";
        Silent(Plan(new string('a', 256), link: Link), Rule);
        var text = new string('a', 257);
        var diagnostic = Assert.Single(Fires(Plan(text, link: Link), Rule, Range(7, text)));
        Assert.Equal(
            "Too long for channel 'x': the text with its link is 281 characters as X counts them (URLs 23, emoji and CJK characters 2), over the X limit of 280. Cut 1 character.",
            diagnostic.Message);
    }

    [Fact]
    public void One_diagnostic_per_channel_over_in_the_order_of_on()
    {
        var channels = "channel x\n\nchannel bluesky\n\nchannel li\n  network linkedin";
        var text = new string('a', 301);
        var diagnostics = Fires(Plan(text, "bluesky, li, x", channels), Rule, Range(11, text), Range(11, text));
        Assert.Equal(
            "Too long for channel 'bluesky': the text is 301 characters, over the Bluesky limit of 300. Cut 1 character.",
            diagnostics[0].Message);
        Assert.StartsWith("Too long for channel 'x': the text is 301 characters as X counts them", diagnostics[1].Message, StringComparison.Ordinal);
        Fires(Plan(new string('a', 290), "bluesky, li, x", channels), Rule, Range(11, new string('a', 290)));
    }

    [Fact]
    public void A_channel_limit_overrides_the_network_one_and_keeps_its_counting()
    {
        var channels = "channel masto\n  network mastodon\n  limit 40";
        var text = "Voir https://example.org/" + new string('p', 60) + " " + new string('a', 11);
        Silent(Plan(text, "masto", channels), Rule);
        var diagnostic = Assert.Single(Fires(Plan(text + "a", "masto", channels), Rule, Range(8, text + "a")));
        Assert.Equal(
            "Too long for channel 'masto': the text is 41 characters as Mastodon counts them (URLs 23), over its own limit of 40 (Mastodon allows 500). Cut 1 character.",
            diagnostic.Message);
    }

    [Fact]
    public void A_channel_without_network_counts_graphemes_against_its_own_limit()
    {
        var channels = "channel blog\n  limit 5";
        Silent(Plan("Vélo🚲", "blog", channels), Rule);
        var diagnostic = Assert.Single(Fires(Plan("Vélos🚲", "blog", channels), Rule, Range(7, "Vélos🚲")));
        Assert.Equal("Too long for channel 'blog': the text is 6 characters, over its own limit of 5. Cut 1 character.", diagnostic.Message);
    }

    [Fact]
    public void A_channel_with_neither_network_nor_limit_has_no_limit() =>
        Silent(Plan(new string('a', 70000), "blog", "channel blog"), Rule);

    [Fact]
    public void A_queue_item_is_checked_against_its_queue_channels()
    {
        var text = new string('a', 281);
        var plan = $"channel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-03-01\n\npost item\n  queue q\n  text \"{text}\"\n";
        Fires(plan, Rule, Range(10, text));
    }

    [Fact]
    public void A_text_block_is_reported_on_its_lines()
    {
        var line = new string('a', 200);
        var plan = $"channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text\n    {line}\n    {line}\n";
        var diagnostic = Assert.Single(Fires(plan, Rule, "7:1-8:205"));
        Assert.Contains("401 characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_its_severity_and_suppressions()
    {
        var text = new string('a', 281);
        var policy = "policy\n  rule text-too-long warning\n\n";
        Assert.Equal(Severity.Warning, Assert.Single(Fires(policy + Plan(text), Rule, Range(9, text))).Severity);
        Silent("policy\n  rule text-too-long off\n\n" + Plan(text), Rule);
        Silent(Plan(text).Replace($"\"{text}\"", $"\"{text}\"  # cmplan-ignore text-too-long", StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void Never_throws_on_broken_plans()
    {
        Silent("post a\n  on nowhere\n  text \"" + new string('a', 400) + "\"\n", Rule);
        Silent("post a\n  queue nowhere\n  text \"" + new string('a', 400) + "\"\n", Rule);
        Silent("channel x\n\npost a\n  on x\n  text\n", Rule);
    }
}
