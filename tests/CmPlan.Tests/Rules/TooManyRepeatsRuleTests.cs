using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>2027-03-02 is a Tuesday, 2027-03-01 a Monday.</summary>
public class TooManyRepeatsRuleTests
{
    private const string Rule = RuleIds.TooManyRepeats;

    private static string Post(string repeat, string head = "") =>
        $"{head}channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat {repeat}\n  text \"Bonjour\"\n";

    private static string Queue(string recycle, string slots = "mon 09:00", string head = "", string tipA = "") =>
        $"{head}channel x\n\nqueue q\n  on x\n  slots {slots}\n  start 2027-03-01\n  recycle {recycle}\n\n"
        + $"post tip-a\n  queue q\n{tipA}  text \"Astuce A\"\n\npost tip-b\n  queue q\n  text \"Astuce B\"\n";

    private static string OneItemQueue(string recycle, string head = "") =>
        $"{head}channel x\n\nqueue q\n  on x\n  slots mon 09:00\n  start 2027-03-01\n  recycle {recycle}\n\npost tip-a\n  queue q\n  text \"Astuce A\"\n";

    [Fact]
    public void Fires_on_the_times_value()
    {
        var diagnostic = Assert.Single(Fires(Post("every 7d times 12"), Rule, "6:25-6:27"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Reposted 12 times (the last on Tue 25 May 2027), more than the policy maximum of 10 (max-repeats 10): "
            + "past a few returns, each copy mostly reaches people who have seen it already. Keep the best reposts.",
            diagnostic.Message);
    }

    [Fact]
    public void Silent_at_exactly_max_repeats() => Silent(Post("every 7d times 10"), Rule);

    [Fact]
    public void Counts_the_reposts_the_schedule_actually_makes()
    {
        // until: 12 reposts without a times to point at, so the whole repeat and no fix.
        var diagnostic = Assert.Single(Fires(Post("every 7d until 2027-05-25"), Rule, "6:10-6:35"));
        Assert.Empty(diagnostic.Fixes);
        Silent(Post("every 7d until 2027-05-17"), Rule);

        // The plan's end cuts times 20 down to 8 reposts.
        Silent(Post("every 7d times 20", "plan \"P\"\n  end 2027-04-30\n\n"), Rule);
    }

    [Fact]
    public void Leaves_an_unbounded_repeat_to_unbounded_repost() => Silent(Post("every 7d"), Rule);

    [Fact]
    public void Follows_the_policy_and_its_severity()
    {
        Silent(Post("every 7d times 12", "policy\n  max-repeats 12\n\n"), Rule);
        var low = Assert.Single(Fires(Post("every 7d times 4", "policy\n  max-repeats 3\n\n"), Rule, "9:25-9:26"));
        Assert.StartsWith("Reposted 4 times (the last on Tue 30 Mar 2027), more than the policy maximum of 3 (max-repeats 3):", low.Message, StringComparison.Ordinal);
        Silent(Post("every 7d times 12", "policy\n  rule too-many-repeats off\n\n"), Rule);
        var error = Assert.Single(Fires(Post("every 7d times 12", "policy\n  rule too-many-repeats error\n\n"), Rule, "9:25-9:27"));
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_its_line() => Silent(Post("every 7d times 12  # cmplan-ignore too-many-repeats"), Rule);

    [Fact]
    public void Fix_sets_times_to_max_repeats()
    {
        var fix = Assert.Single(Assert.Single(Fires(Post("every 7d times 12"), Rule, "6:25-6:27")).Fixes);
        Assert.Equal("Repost at most 10 times (max-repeats)", fix.Title);
        Assert.True(fix.IsPreferred);
        Assert.True(fix.IsSafe);
        Assert.Equal(Post("every 7d times 10"), FixRoundTrip(Post("every 7d times 12"), Rule));
        var policy = "policy\n  max-repeats 3\n\n";
        Assert.Equal(Post("every 7d times 3", policy), FixRoundTrip(Post("every 7d times 4", policy), Rule));
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Crlf(Post("every 7d times 10")), FixRoundTrip(Crlf(Post("every 7d times 12")), Rule));
    }

    [Fact]
    public void Fires_once_on_a_queue_recycle_naming_the_item_without_fix()
    {
        var diagnostic = Assert.Single(Fires(OneItemQueue("times 11"), Rule, "7:11-7:19"));
        Assert.Equal(
            "Recycling reposts 'tip-a' 11 times (the last on Mon 17 May 2027), more than the policy maximum of 10 (max-repeats 10). "
            + "Recycle fewer times or stop earlier, or add items to the queue.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
        Silent(OneItemQueue("times 10"), Rule);
    }

    [Fact]
    public void Counts_a_recycle_until_on_the_schedule()
    {
        Fires(OneItemQueue("until 2027-05-17"), Rule, "7:11-7:27");
        Silent(OneItemQueue("until 2027-05-16"), Rule);
    }

    [Fact]
    public void Names_the_first_item_on_a_tie_and_counts_the_others()
    {
        var diagnostic = Assert.Single(Fires(Queue("times 11", "mon, thu 09:00"), Rule, "7:11-7:19"));
        Assert.Equal(
            "Recycling reposts 'tip-a' 11 times (the last on Mon 17 May 2027), more than the policy maximum of 10 (max-repeats 10), and 1 other item goes over too. "
            + "Recycle fewer times or stop earlier, or add items to the queue.",
            diagnostic.Message);
    }

    [Fact]
    public void Names_the_most_reposted_item()
    {
        // tip-a expires after five passes; tip-b then takes every slot, one pass each.
        var diagnostic = Assert.Single(Fires(Queue("times 11", "mon, thu 09:00", tipA: "  expires 2027-04-01\n"), Rule, "7:11-7:19"));
        Assert.StartsWith("Recycling reposts 'tip-b' 11 times (the last on Mon 26 Apr 2027), more than the policy maximum of 10 (max-repeats 10). ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_an_unbounded_recycle_to_unbounded_repost()
    {
        Silent(OneItemQueue(string.Empty), Rule);
        Silent(OneItemQueue("times 11").Replace("  recycle times 11\n", string.Empty, StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void A_queue_follows_the_policy_and_suppression()
    {
        Silent(OneItemQueue("times 11", "policy\n  max-repeats 11\n\n"), Rule);
        Silent(OneItemQueue("times 11  # cmplan-ignore too-many-repeats"), Rule);
    }
}
