using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class SlotConflictRuleTests
{
    private const string Rule = RuleIds.SlotConflict;

    // Without repeats, lines 6 and 11 hold a's and b's at (columns 6 to 22); a repeat adds a line below its at.
    private static string Plan(string bAt, string aAt = "2027-03-02 09:00", string aRepeat = "", string bRepeat = "", string bOn = "x", string policy = "") =>
        $"channel x\nchannel y\n\npost a\n  on x\n  at {aAt}\n{Repeat(aRepeat)}  text \"A\"\n\npost b\n  on {bOn}\n  at {bAt}\n{Repeat(bRepeat)}  text \"B\"\n{policy}";

    private static string Repeat(string repeat) => repeat.Length == 0 ? "" : $"  repeat {repeat}\n";

    [Fact]
    public void Fires_on_the_later_at_with_the_other_as_related_information()
    {
        var result = Plans.Analyze(Plan("2027-03-02 09:05"));
        var diagnostic = Assert.Single(Fires(Plan("2027-03-02 09:05"), Rule, "11:6-11:22"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "The first publication of b on x (Tue 2 Mar 2027 09:05) comes only 5 minutes after the first publication of a (Tue 2 Mar 2027 09:00), "
            + "closer than the policy's min-gap of 10 minutes (min-gap 10min). Space them out.",
            diagnostic.Message);
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("2027-03-02 09:00", result.Syntax.Source[related.Span]);
        Assert.Equal("The first publication of a on x: Tue 2 Mar 2027 09:00.", related.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Once_per_range_and_other_post_naming_the_first_clash_and_counting_the_others()
    {
        // a daily at 09:00 four times, b's reposts daily at 09:05: b's repeat clashes with a on 3, 4 and 5 March.
        var plan = Plan("2027-03-02 12:00", aRepeat: "every 1d times 3", bRepeat: "every 1d times 3");
        plan = plan.Replace("  at 2027-03-02 12:00\n  repeat every 1d times 3", "  at 2027-03-02 09:05\n  repeat every 1d times 3", StringComparison.Ordinal);
        var diagnostics = Fires(plan, Rule, "12:6-12:22", "13:10-13:26");
        Assert.Equal(
            "The first publication of b on x (Tue 2 Mar 2027 09:05) comes only 5 minutes after the first publication of a (Tue 2 Mar 2027 09:00), "
            + "closer than the policy's min-gap of 10 minutes (min-gap 10min). Space them out.",
            diagnostics[0].Message);
        Assert.Equal(
            "The 1st repost of b on x (Wed 3 Mar 2027 09:05) comes only 5 minutes after the 1st repost of a (Wed 3 Mar 2027 09:00), "
            + "closer than the policy's min-gap of 10 minutes (min-gap 10min). It clashes with a 2 more times. Space them out.",
            diagnostics[1].Message);
    }

    [Fact]
    public void Fires_on_whichever_comes_later() => Fires(Plan("2027-03-02 08:55"), Rule, "6:6-6:22");

    [Theory]
    [InlineData("2027-03-02 09:10")]
    [InlineData("2027-03-02 08:50")]
    [InlineData("2027-03-03 09:00")]
    public void Silent_at_min_gap_or_more(string bAt) => Silent(Plan(bAt), Rule);

    [Fact]
    public void At_the_same_instant_the_post_declared_later_gets_it()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-02 09:00"), Rule, "11:6-11:22"));
        Assert.StartsWith(
            "The first publication of b on x (Tue 2 Mar 2027 09:00) comes at the same time as the first publication of a, closer than",
            diagnostic.Message,
            StringComparison.Ordinal);

        // Declared later, whatever the ids' order.
        var swapped = Plan("2027-03-02 09:00").Replace("post a\n", "post z\n", StringComparison.Ordinal);
        Assert.Contains("of b on x", Assert.Single(Fires(swapped, Rule, "11:6-11:22")).Message, StringComparison.Ordinal);
        var reversed = Plan("2027-03-02 09:00").Replace("post b\n", "post 0\n", StringComparison.Ordinal);
        Assert.Contains("of 0 on x", Assert.Single(Fires(reversed, Rule, "11:6-11:22")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repost_is_reported_on_its_repeat()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-03 08:55", aRepeat: "every 1d times 2"), Rule, "7:10-7:26"));
        Assert.StartsWith(
            "The 1st repost of a on x (Wed 3 Mar 2027 09:00) comes only 5 minutes after the first publication of b (Wed 3 Mar 2027 08:55)",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_each_range_and_other_post_once_with_the_first_conflict()
    {
        // b's first publication and its two reposts all follow one of a's by 5 minutes: one on b's at, one on its repeat.
        var plan = Plan("2027-03-02 09:05", aRepeat: "every 1d times 2", bRepeat: "every 1d times 2");
        var diagnostics = Fires(plan, Rule, "12:6-12:22", "13:10-13:26");
        Assert.StartsWith("The 1st repost of b on x (Wed 3 Mar 2027 09:05) comes only 5 minutes after the 1st repost of a (Wed 3 Mar 2027 09:00)", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_channels_do_not_conflict_and_a_shared_conflict_is_reported_once()
    {
        Silent(Plan("2027-03-02 09:05", bOn: "y"), Rule);
        var both = Plan("2027-03-02 09:05", bOn: "x, y").Replace("  on x\n  at 2027-03-02 09:00", "  on y, x\n  at 2027-03-02 09:00", StringComparison.Ordinal);
        Assert.Contains("of b on x (", Assert.Single(Fires(both, Rule, "11:6-11:22")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_item_is_reported_on_its_queue()
    {
        var queue = "channel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-03-02\n\npost item\n  queue q\n  text \"I\"\n\n"
            + "post a\n  on x\n  at 2027-03-02 {0}\n  text \"A\"\n";
        Fires(string.Format(System.Globalization.CultureInfo.InvariantCulture, queue, "09:05"), Rule, "14:6-14:22");
        var diagnostic = Assert.Single(Fires(string.Format(System.Globalization.CultureInfo.InvariantCulture, queue, "08:55"), Rule, "9:9-9:10"));
        Assert.StartsWith("The first publication of item on x (Tue 2 Mar 2027 09:00) comes only 5 minutes after", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_the_gap_between_instants_across_the_clock_change()
    {
        // Contract §4: min-gap is what the audience sees. 01:50 and 03:00 on 28 March in Paris are
        // 10 minutes apart in real time (70 on the wall clock): they conflict.
        var paris = "plan \"P\"\n  timezone Europe/Paris\n\n";
        var policy = "\npolicy\n  min-gap 30min\n";
        var diagnostic = Assert.Single(Fires(paris + Plan("2027-03-28 03:00", "2027-03-28 01:50", policy: policy), Rule, "14:6-14:22"));
        Assert.Contains("comes only 10 minutes after", diagnostic.Message, StringComparison.Ordinal);

        // 02:50 (summer time) and 03:10 (winter time) on 31 October: 80 minutes apart in real time, 20 on the wall clock.
        Silent(paris + Plan("2027-10-31 03:10", "2027-10-31 02:50", policy: policy), Rule);
    }

    [Fact]
    public void Follows_the_policy_and_its_severity()
    {
        Silent(Plan("2027-03-02 09:05", policy: "\npolicy\n  min-gap 5min\n"), Rule);
        Fires(Plan("2027-03-02 09:45", policy: "\npolicy\n  min-gap 1h\n"), Rule, "11:6-11:22");
        Silent(Plan("2027-03-02 09:05", policy: "\npolicy\n  rule slot-conflict off\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-02 09:05", policy: "\npolicy\n  rule slot-conflict info\n"), Rule, "11:6-11:22"));
        Assert.Equal(Severity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_its_line() =>
        Silent(Plan("2027-03-02 09:05  # cmplan-ignore slot-conflict"), Rule);
}
