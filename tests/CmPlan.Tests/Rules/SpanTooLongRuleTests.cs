using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>2027-03-02 is a Tuesday, 2027-03-01 a Monday; 2028 is a leap year.</summary>
public class SpanTooLongRuleTests
{
    private const string Rule = RuleIds.SpanTooLong;
    private const string Paris = "plan \"P\"\n  timezone Europe/Paris\n\n";

    private static string Post(string repeat, string head = "", string at = "2027-03-02 09:00") =>
        $"{head}channel x\n\npost a\n  on x\n  at {at}\n  repeat {repeat}\n  text \"Bonjour\"\n";

    private static string Queue(string recycle, string head = "", string tipA = "") =>
        $"{head}channel x\n\nqueue q\n  on x\n  slots mon, thu 09:00\n  start 2027-03-01\n  recycle {recycle}\n\n"
        + $"post tip-a\n  queue q\n{tipA}  text \"Astuce A\"\n\npost tip-b\n  queue q\n  text \"Astuce B\"\n";

    private static string OneItemQueue(string recycle, string head = "") =>
        $"{head}channel x\n\nqueue q\n  on x\n  slots mon 09:00\n  start 2027-03-01\n  recycle {recycle}\n\npost tip-a\n  queue q\n  text \"Astuce A\"\n";

    [Fact]
    public void Fires_on_the_repeat_value()
    {
        var diagnostic = Assert.Single(Fires(Post("every 14d times 7"), Rule, "6:10-6:27"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Published from Tue 2 Mar 2027 to Tue 8 Jun 2027, 98 days apart, longer than the policy maximum of 90 days (max-span 90d): "
            + "by then the content has gone stale for your audience. Stop the reposts by Mon 31 May 2027.",
            diagnostic.Message);
    }

    [Fact]
    public void Silent_at_exactly_max_span() => Silent(Post("every 15d times 6"), Rule);

    [Fact]
    public void Months_are_calendar_months()
    {
        // 30 Nov + 3 months is 29 Feb 2028: one day more than 90 days.
        var diagnostic = Assert.Single(Fires(Post("every 1mo times 3", at: "2027-11-30 09:00"), Rule, "6:10-6:27"));
        Assert.Equal(
            "Published from Tue 30 Nov 2027 to Tue 29 Feb 2028, 91 days apart, longer than the policy maximum of 90 days (max-span 90d): "
            + "by then the content has gone stale for your audience. Stop the reposts by Mon 28 Feb 2028.",
            diagnostic.Message);
        Silent(Post("every 1mo times 3", "policy\n  max-span 3mo\n\n", "2027-11-30 09:00"), Rule);
    }

    [Fact]
    public void A_weekly_repost_across_a_dst_change_spans_whole_weeks()
    {
        var policy = Paris + "policy\n  max-span 14d\n\n";
        Silent(Post("every 1w times 2", policy, "2027-03-14 10:00"), Rule);
        Silent(Post("every 1w times 2", Paris + "policy\n  max-span 336h\n\n", "2027-03-14 10:00"), Rule);
        Fires(Post("every 1w times 3", policy, "2027-03-14 10:00"), Rule, "12:10-12:26");
    }

    [Fact]
    public void Leaves_an_unbounded_repeat_to_unbounded_repost() => Silent(Post("every 14d"), Rule);

    [Fact]
    public void Follows_the_policy_and_its_severity()
    {
        Silent(Post("every 14d times 7", "policy\n  max-span 14w\n\n"), Rule);
        Silent(Post("every 14d times 7", "policy\n  rule span-too-long off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Post("every 14d times 7", "policy\n  rule span-too-long info\n\n"), Rule, "9:10-9:27"));
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Silent(Post("every 14d times 7  # cmplan-ignore span-too-long"), Rule);
    }

    [Fact]
    public void Fix_appends_until_first_publication_plus_max_span()
    {
        var fix = Assert.Single(Assert.Single(Fires(Post("every 14d times 7"), Rule, "6:10-6:27")).Fixes);
        // A date-time: a date would let a repost at 18:00 that day through, past the span.
        Assert.Equal("Stop on Mon 31 May 2027 09:00, max-span 90d after the first publication (until 2027-05-31 09:00)", fix.Title);
        Assert.True(fix.IsPreferred);
        Assert.True(fix.IsSafe);
        Assert.Equal(Post("every 14d times 7 until 2027-05-31 09:00"), FixRoundTrip(Post("every 14d times 7"), Rule));
    }

    [Theory]
    [InlineData("every 14d until 2027-07-01", "every 14d until 2027-05-31 09:00")]
    [InlineData("every 14d until 2027-07-01 18:00", "every 14d until 2027-05-31 09:00")]
    [InlineData("every 14d until 2027-07-01T18:00 times 9", "every 14d until 2027-05-31 09:00 times 9")]
    public void Fix_sets_the_until_value(string repeat, string expected) =>
        Assert.Equal(Post(expected), FixRoundTrip(Post(repeat), Rule));

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Crlf(Post("every 14d times 7 until 2027-05-31 09:00")), FixRoundTrip(Crlf(Post("every 14d times 7")), Rule));
    }

    [Fact]
    public void Fires_once_on_a_queue_recycle_naming_the_item_with_an_until_fix()
    {
        var head = "policy\n  max-repeats 20\n\n";
        var diagnostic = Assert.Single(Fires(OneItemQueue("times 14", head), Rule, "10:11-10:19"));
        Assert.Equal(
            "Recycling publishes 'tip-a' from Mon 1 Mar 2027 to Mon 7 Jun 2027, 98 days apart, longer than the policy maximum of 90 days (max-span 90d). "
            + "Stop recycling by Sun 30 May 2027, or recycle fewer times.",
            diagnostic.Message);
        Assert.Equal("Stop on Sun 30 May 2027 09:00, max-span 90d after the first publication of 'tip-a' (until 2027-05-30 09:00)", Assert.Single(diagnostic.Fixes).Title);
        Assert.Equal(OneItemQueue("times 14 until 2027-05-30 09:00", head), FixRoundTrip(OneItemQueue("times 14", head), Rule));
        Silent(OneItemQueue("times 12", head), Rule);
        Fires(OneItemQueue("times 13", head), Rule, "10:11-10:19");
        Silent(OneItemQueue("until 2027-05-30", head), Rule);
    }

    [Fact]
    public void Names_the_first_item_on_a_tie_and_counts_the_others()
    {
        var diagnostic = Assert.Single(Fires(Queue("times 13", "policy\n  max-repeats 20\n\n"), Rule, "10:11-10:19"));
        Assert.Equal(
            "Recycling publishes 'tip-a' from Mon 1 Mar 2027 to Mon 31 May 2027, 91 days apart, longer than the policy maximum of 90 days (max-span 90d), "
            + "and 1 other item goes over too. Stop recycling by Sun 30 May 2027, or recycle fewer times.",
            diagnostic.Message);
    }

    [Fact]
    public void Names_the_item_with_the_longest_span()
    {
        // tip-a expires on 15 April; tip-b then takes every slot until the passes run out.
        var diagnostic = Assert.Single(Fires(Queue("times 13", "policy\n  max-span 30d\n\n", "  expires 2027-04-15\n"), Rule, "10:11-10:19"));
        Assert.Equal(
            "Recycling publishes 'tip-b' from Thu 4 Mar 2027 to Mon 10 May 2027, 67 days apart, longer than the policy maximum of 30 days (max-span 30d), "
            + "and 1 other item goes over too. Stop recycling by Sat 3 Apr 2027, or recycle fewer times.",
            diagnostic.Message);
    }

    [Fact]
    public void Leaves_an_unbounded_recycle_to_unbounded_repost() => Silent(OneItemQueue(string.Empty), Rule);

    [Fact]
    public void Queue_fix_stops_at_the_earliest_end_over_its_items()
    {
        // tip-a starts on Monday 1 March, tip-b on Thursday 4 March: tip-a's span ends first.
        var head = "policy\n  max-repeats 40\n\n";
        Assert.Equal(Queue("times 30 until 2027-05-30 09:00", head), FixRoundTrip(Queue("times 30", head), Rule));
    }
}
