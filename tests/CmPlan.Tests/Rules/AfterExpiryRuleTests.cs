using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>2027-03-25 is a Thursday: weekly reposts on 1, 8, 15, 22 and 29 April.</summary>
public class AfterExpiryRuleTests
{
    private const string Rule = RuleIds.AfterExpiry;

    private static string Plan(string repeat, string expires = "2027-04-10", string at = "2027-03-25 12:30", string head = "") =>
        $"{head}channel x\n\npost a\n  on x\n  at {at}\n  repeat {repeat}\n  expires {expires}\n  text \"Atelier\"\n";

    private static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);

    [Fact]
    public void Fires_on_the_repeat_naming_the_first_late_repost()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 3"), Rule, "6:10-6:26"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("The 3rd repost (Thu 15 Apr 2027) is after this content expires (Sat 10 Apr 2027): stop the reposts by the expiry.", diagnostic.Message);
    }

    [Theory]
    [InlineData("every 7d times 4", "The 3rd repost (Thu 15 Apr 2027) is after this content expires (Sat 10 Apr 2027), and so is the one after it: stop the reposts by the expiry.")]
    [InlineData("every 7d times 5", "The 3rd repost (Thu 15 Apr 2027) is after this content expires (Sat 10 Apr 2027), and so are the 2 after it: stop the reposts by the expiry.")]
    public void Counts_the_late_reposts_after_the_first(string repeat, string message) =>
        Assert.Equal(message, Assert.Single(Fires(Plan(repeat), Rule, "6:10-6:26")).Message);

    [Fact]
    public void A_date_expiry_includes_its_whole_day() => Silent(Plan("every 7d times 2", "2027-04-08"), Rule);

    [Fact]
    public void A_date_time_expiry_includes_its_minute()
    {
        Silent(Plan("every 7d times 2", "2027-04-08 12:30"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 2", "2027-04-08 12:29"), Rule, "6:10-6:26"));
        Assert.Equal("The 2nd repost (Thu 8 Apr 2027 12:30) is after this content expires (Thu 8 Apr 2027 12:29): stop the reposts by the expiry.", diagnostic.Message);
    }

    [Fact]
    public void A_repost_moved_by_a_dst_gap_is_compared_where_it_is_published()
    {
        var paris = "plan \"P\"\n  timezone Europe/Paris\n\n";
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 1", "2027-03-28 03:00", "2027-03-21 02:30", paris), Rule, "9:10-9:26"));
        Assert.Equal("The 1st repost (Sun 28 Mar 2027 03:30) is after this content expires (Sun 28 Mar 2027 03:00): stop the reposts by the expiry.", diagnostic.Message);
        Silent(Plan("every 7d times 1", "2027-03-28 03:30", "2027-03-21 02:30", paris), Rule);
    }

    [Fact]
    public void Fires_on_at_without_fix_when_the_first_publication_is_late()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 3", at: "2027-04-12 09:00"), Rule, "5:6-5:22"));
        Assert.Equal(
            "The first publication (Mon 12 Apr 2027) is after this content expires (Sat 10 Apr 2027): it would go out already out of date. Publish it earlier, or correct 'expires'.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
        Assert.Single(Fires("channel x\n\npost a\n  on x\n  at 2027-04-12 09:00\n  expires 2027-04-10 20:00\n  text \"Atelier\"\n", Rule, "5:6-5:22"));
    }

    [Fact]
    public void A_late_at_is_reported_even_with_an_unbounded_repeat() =>
        Fires(Plan("every 7d", at: "2027-04-12 09:00"), Rule, "5:6-5:22");

    [Fact]
    public void Leaves_an_unbounded_repeat_to_unbounded_repost() => Silent(Plan("every 7d"), Rule);

    [Fact]
    public void Silent_without_expiry_or_without_late_publications()
    {
        Silent("channel x\n\npost a\n  on x\n  at 2027-04-10 20:00\n  expires 2027-04-10\n  text \"Atelier\"\n", Rule);
        Silent("channel x\n\npost a\n  on x\n  at 2027-03-25 12:30\n  repeat every 7d times 3\n  text \"Atelier\"\n", Rule);
        Silent(Plan("every 7d until 2027-04-10"), Rule);
    }

    [Fact]
    public void Silent_on_queue_items_which_the_queue_stops_publishing()
    {
        var plan = "channel x\n\nqueue q\n  on x\n  slots mon 09:00\n  start 2027-03-01\n  recycle times 5\n\n"
            + "post tip\n  queue q\n  expires 2027-03-20\n  text \"Astuce\"\n";
        Silent(plan, Rule);
    }

    [Fact]
    public void Follows_its_severity_and_suppression()
    {
        Silent(Plan("every 7d times 3", head: "policy\n  rule after-expiry off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("every 7d times 3", head: "policy\n  rule after-expiry warning\n\n"), Rule, "9:10-9:26"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Silent(Plan("every 7d times 3  # cmplan-ignore after-expiry"), Rule);
    }

    [Fact]
    public void Fix_sets_times_to_the_largest_count_that_fits()
    {
        var fix = Assert.Single(Assert.Single(Fires(Plan("every 7d times 5"), Rule, "6:10-6:26")).Fixes);
        Assert.Equal("Stop the reposts by the expiry: repost 2 times (set 'times 2')", fix.Title);
        Assert.True(fix.IsPreferred);
        Assert.True(fix.IsSafe);
        Assert.Equal(Plan("every 7d times 2"), FixRoundTrip(Plan("every 7d times 5"), Rule));
    }

    [Fact]
    public void Never_writes_times_0_but_deletes_the_repeat_when_no_repost_fits()
    {
        // Reminders on 8 April for a content valid until the 10th: the first repost (15 April) is already late.
        var plan = Plan("every 7d times 2", at: "2027-04-08 12:30");
        var fix = Assert.Single(Assert.Single(Fires(plan, Rule, "6:10-6:26")).Fixes);
        Assert.Equal("Delete the repeat: no repost comes before the expiry", fix.Title);
        Assert.False(fix.IsSafe);
        Assert.Equal("channel x\n\npost a\n  on x\n  at 2027-04-08 12:30\n  expires 2027-04-10\n  text \"Atelier\"\n", FixRoundTrip(plan, Rule));
        Assert.Equal(
            "channel x\n\npost a\n  on x\n  at 2027-04-08 12:30\n  expires 2027-04-10\n  text \"Atelier\"\n",
            FixRoundTrip(Plan("every 7d until 2027-05-01", at: "2027-04-08 12:30"), Rule));
    }

    [Fact]
    public void Fix_prefers_times_when_the_repeat_has_both_bounds() =>
        Assert.Equal(Plan("every 7d until 2027-04-30 times 2"), FixRoundTrip(Plan("every 7d until 2027-04-30 times 3"), Rule));

    [Fact]
    public void Fix_sets_until_to_the_expiry_as_written()
    {
        var fix = Assert.Single(Assert.Single(Fires(Plan("every 7d until 2027-04-30"), Rule, "6:10-6:35")).Fixes);
        Assert.Equal("Stop the reposts by the expiry: repeat until then ('until 2027-04-10')", fix.Title);
        Assert.Equal(Plan("every 7d until 2027-04-10"), FixRoundTrip(Plan("every 7d until 2027-04-30"), Rule));
        Assert.Equal(
            Plan("every 7d until 2027-04-10T09:00", "2027-04-10T09:00"),
            FixRoundTrip(Plan("every 7d until 2027-04-30", "2027-04-10T09:00"), Rule));
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings() =>
        Assert.Equal(Crlf(Plan("every 7d times 2")), FixRoundTrip(Crlf(Plan("every 7d times 3")), Rule));
}
