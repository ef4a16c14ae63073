using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>2027-03-02 is a Tuesday, 2027-03-01 a Monday.</summary>
public class UnboundedRepostRuleTests
{
    private const string Rule = RuleIds.UnboundedRepost;
    private const string EndOfApril = "plan \"P\"\n  end 2027-04-30\n\n";

    private static string Post(string repeat, string extra = "", string head = "") =>
        $"{head}channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat {repeat}\n{extra}  text \"Bonjour\"\n";

    private static string Queue(string recycle, string head = "", bool items = true) =>
        $"{head}channel x\n\nqueue q\n  on x\n  slots mon 09:00\n  start 2027-03-01\n  recycle{recycle}\n"
        + (items ? "\npost tip-a\n  queue q\n  text \"Astuce A\"\n\npost tip-b\n  queue q\n  text \"Astuce B\"\n" : string.Empty);

    [Fact]
    public void Fires_on_the_whole_repeat_value_with_what_it_would_publish()
    {
        var diagnostic = Assert.Single(Fires(Post("every 14d"), Rule, "6:10-6:19"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(
            "Repeats every 14 days with neither 'times' nor 'until', so it never stops: 26 reposts up to Tue 29 Feb 2028 already, and more after. "
            + "Add 'until' or 'times' to bound it.",
            diagnostic.Message);
    }

    [Fact]
    public void Names_the_plan_end_when_only_that_stops_it()
    {
        var diagnostic = Assert.Single(Fires(Post("every 14d", head: EndOfApril), Rule, "9:10-9:19"));
        Assert.Equal(
            "Repeats every 14 days with neither 'times' nor 'until', so only the plan's end stops it: 4 reposts, the last on Tue 27 Apr 2027. "
            + "Add 'until' or 'times' to bound it.",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("every 14d times 3")]
    [InlineData("every 14d until 2027-04-30")]
    [InlineData("every 14d until 2027-04-30 times 3")]
    [InlineData("every 14d times 0")]
    public void Silent_when_the_repeat_has_a_bound(string repeat) => Silent(Post(repeat), Rule);

    [Fact]
    public void Silent_without_repeat_or_on_a_queue_without_recycle()
    {
        Silent("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n", Rule);
        Silent(Queue(string.Empty).Replace("  recycle\n", string.Empty, StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void Fires_on_a_post_without_a_valid_at_and_offers_no_fix()
    {
        // With no first publication there is nothing to bound from: no count or date can be shown to fit.
        var plan = "channel x\n\npost a\n  on x\n  at 2027-02-30 09:00\n  repeat every 14d\n  text \"Bonjour\"\n";
        var diagnostic = Assert.Single(Fires(plan, Rule, "6:10-6:19"));
        Assert.Equal("Repeats every 14 days with neither 'times' nor 'until', so it never stops. Add 'until' or 'times' to bound it.", diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Fires_on_a_bare_recycle_key()
    {
        var diagnostic = Assert.Single(Fires(Queue(string.Empty), Rule, "7:3-7:10"));
        Assert.Equal(
            "Recycles with neither 'times' nor 'until', so the queue starts over forever: 'tip-a' alone comes back 26 times, the last on Mon 28 Feb 2028, and more after. "
            + "Add 'until' or 'times' to bound it.",
            diagnostic.Message);
    }

    [Fact]
    public void Names_the_plan_end_for_a_queue_too()
    {
        var diagnostic = Assert.Single(Fires(Queue(string.Empty, EndOfApril), Rule, "10:3-10:10"));
        Assert.Equal(
            "Recycles with neither 'times' nor 'until', so the queue starts over until the plan's end: 'tip-a' alone comes back 4 times, the last on Mon 26 Apr 2027. "
            + "Add 'until' or 'times' to bound it.",
            diagnostic.Message);
    }

    [Theory]
    [InlineData(" times 2")]
    [InlineData(" until 2027-04-30")]
    public void Silent_on_a_bounded_recycle(string recycle) => Silent(Queue(recycle), Rule);

    [Fact]
    public void Follows_its_severity_and_suppression()
    {
        Silent(Post("every 14d", head: "policy\n  rule unbounded-repost off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Post("every 14d", head: "policy\n  rule unbounded-repost warning\n\n"), Rule, "9:10-9:19"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Silent(Post("every 14d  # cmplan-ignore unbounded-repost"), Rule);
        Silent(Queue("  # cmplan-ignore unbounded-repost"), Rule);
    }

    [Fact]
    public void Fixes_are_a_date_bound_then_a_count()
    {
        var diagnostic = Assert.Single(Fires(Post("every 14d"), Rule, "6:10-6:19"));
        Assert.Collection(
            diagnostic.Fixes,
            until =>
            {
                Assert.Equal("Stop on Mon 31 May 2027 09:00, max-span 90d after the first publication (add 'until 2027-05-31 09:00')", until.Title);
                Assert.True(until.IsPreferred);
                Assert.True(until.IsSafe);
            },
            times =>
            {
                Assert.Equal("Repost at most 6 times, within the same bounds (add 'times 6')", times.Title);
                Assert.False(times.IsPreferred);
                Assert.True(times.IsSafe);
            });
    }

    [Fact]
    public void Fix_bounds_by_first_publication_plus_max_span() =>
        Assert.Equal(Post("every 14d until 2027-05-31 09:00"), FixRoundTrip(Post("every 14d"), Rule));

    [Fact]
    public void Fix_follows_the_policy_max_span()
    {
        var policy = "policy\n  max-span 30d\n\n";
        Assert.Equal(Post("every 14d until 2027-04-01 09:00", head: policy), FixRoundTrip(Post("every 14d", head: policy), Rule));
    }

    [Fact]
    public void Fix_bounds_by_the_expiry_when_it_comes_first()
    {
        var expires = "  expires 2027-04-15\n";
        var diagnostic = Assert.Single(Fires(Post("every 14d", expires), Rule, "6:10-6:19"));
        Assert.Equal("Stop on Thu 15 Apr 2027, when it expires (add 'until 2027-04-15')", diagnostic.Fixes[0].Title);
        Assert.Equal(Post("every 14d until 2027-04-15", expires), FixRoundTrip(Post("every 14d", expires), Rule));
    }

    [Fact]
    public void Fix_writes_a_date_time_expiry_as_written()
    {
        var expires = "  expires 2027-04-15 18:00\n";
        Assert.Equal(Post("every 14d until 2027-04-15 18:00", expires), FixRoundTrip(Post("every 14d", expires), Rule));
    }

    [Fact]
    public void Fix_bounds_by_the_plan_end_when_it_comes_first()
    {
        var diagnostic = Assert.Single(Fires(Post("every 14d", head: EndOfApril), Rule, "9:10-9:19"));
        Assert.Equal("Stop on Fri 30 Apr 2027, the plan's end (add 'until 2027-04-30')", diagnostic.Fixes[0].Title);
        Assert.Equal(Post("every 14d until 2027-04-30", head: EndOfApril), FixRoundTrip(Post("every 14d", head: EndOfApril), Rule));
    }

    [Fact]
    public void Second_fix_appends_a_count() =>
        Assert.Equal(Post("every 14d times 6"), FixRoundTrip(Post("every 14d"), Rule, 1));

    [Fact]
    public void Queue_fix_bounds_by_its_first_publication_plus_max_span_after_the_key()
    {
        Assert.Equal(Queue(" until 2027-05-30 09:00"), FixRoundTrip(Queue(string.Empty), Rule));
        // tip-b, a week behind tip-a, has its 6th return on 31 May, past the bound: 5 recycles fit both.
        Assert.Equal(Queue(" times 5"), FixRoundTrip(Queue(string.Empty), Rule, 1));
    }

    [Fact]
    public void Queue_fix_bounds_by_the_plan_end_when_it_comes_first() =>
        Assert.Equal(Queue(" until 2027-04-30", EndOfApril), FixRoundTrip(Queue(string.Empty, EndOfApril), Rule));

    [Fact]
    public void Queue_without_publications_has_no_fix()
    {
        var diagnostic = Assert.Single(Fires(Queue(string.Empty, items: false), Rule, "7:3-7:10"));
        Assert.Equal("Recycles with neither 'times' nor 'until', so the queue starts over forever. Add 'until' or 'times' to bound it.", diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Crlf(Post("every 14d until 2027-05-31 09:00")), FixRoundTrip(Crlf(Post("every 14d")), Rule));
        Assert.Equal(Crlf(Queue(" until 2027-05-30 09:00")), FixRoundTrip(Crlf(Queue(string.Empty)), Rule));
    }
}
