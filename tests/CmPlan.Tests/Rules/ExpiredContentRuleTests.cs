using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using NodaTime;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

/// <summary>Every test passes its own now: the rule is about time passing.</summary>
public class ExpiredContentRuleTests
{
    private const string Rule = RuleIds.ExpiredContent;

    private static readonly PlanClock NextDay = At(2027, 4, 11, 0, 0);

    private static PlanClock At(int year, int month, int day, int hour, int minute) =>
        PlanClock.AtLocal(new LocalDateTime(year, month, day, hour, minute));

    private static string Post(string expires, string head = "") =>
        $"{head}channel x\n\npost a\n  on x\n  at 2027-03-25 12:30\n  expires {expires}\n  text \"Atelier\"\n";

    private static string Queue(string tipA) =>
        "channel x\n\nqueue q\n  on x\n  slots mon 09:00\n  start 2027-03-01\n\n"
        + $"post tip-a\n  queue q\n{tipA}  text \"Astuce A\"\n\npost tip-b\n  queue q\n  text \"Astuce B\"\n";

    /// <summary>The expired post between two others, with past-publication off so that only this rule speaks about them.</summary>
    private static string Between(string expired) =>
        "policy\n  rule past-publication off\n\nchannel x\n\n"
        + "post before\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n\n"
        + expired
        + "post after\n  on x\n  at 2027-03-03 09:00\n  text \"Bonsoir\"\n";

    private const string ExpiredPost = "post a\n  on x\n  at 2027-03-25 12:30\n  expires 2027-04-10\n  text \"Atelier\"\n\n";

    [Fact]
    public void Fires_on_the_expires_value_from_the_next_day_on()
    {
        var diagnostic = Assert.Single(Fires(Post("2027-04-10"), Rule, NextDay, "6:11-6:21"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "This content expired on Sat 10 Apr 2027, before now (Sun 11 Apr 2027 00:00): it has no place left in the plan. "
            + "Delete the post, or correct 'expires' if it is still valid.",
            diagnostic.Message);
    }

    [Fact]
    public void A_date_is_valid_to_the_end_of_its_day()
    {
        Silent(Post("2027-04-10"), Rule, At(2027, 4, 10, 23, 59));
        Silent(Post("2027-04-10"), Rule);
    }

    [Fact]
    public void A_date_time_is_valid_to_the_end_of_its_minute()
    {
        Silent(Post("2027-04-10 18:00"), Rule, At(2027, 4, 10, 18, 0));
        var diagnostic = Assert.Single(Fires(Post("2027-04-10 18:00"), Rule, At(2027, 4, 10, 18, 1), "6:11-6:27"));
        Assert.StartsWith("This content expired on Sat 10 Apr 2027 18:00, before now (Sat 10 Apr 2027 18:01):", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_day_ends_in_the_plan_zone()
    {
        var newYork = "plan \"P\"\n  timezone America/New_York\n\n";

        // 00:00 on 11 April in New York (EDT, UTC-4) is 04:00 UTC.
        Silent(Post("2027-04-10", newYork), Rule, PlanClock.At(Instant.FromUtc(2027, 4, 11, 3, 59)));
        var diagnostic = Assert.Single(Fires(Post("2027-04-10", newYork), Rule, PlanClock.At(Instant.FromUtc(2027, 4, 11, 4, 0)), "9:11-9:21"));
        Assert.Contains("before now (Sun 11 Apr 2027 00:00)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_a_queue_item_saying_the_queue_skips_it()
    {
        var diagnostic = Assert.Single(Fires(Queue("  expires 2027-03-09\n"), Rule, At(2027, 3, 10, 9, 0), "10:11-10:21"));
        Assert.Equal(
            "This content expired on Tue 9 Mar 2027, before now (Wed 10 Mar 2027 09:00): the queue 'q' skips it from then on. "
            + "Delete the queue item, or correct 'expires' if it is still valid.",
            diagnostic.Message);
    }

    [Fact]
    public void Silent_without_expires() =>
        Silent("channel x\n\npost a\n  on x\n  at 2027-03-25 12:30\n  text \"Atelier\"\n", Rule, NextDay);

    [Fact]
    public void Follows_its_severity_and_suppression()
    {
        Silent(Post("2027-04-10", "policy\n  rule expired-content off\n\n"), Rule, NextDay);
        var diagnostic = Assert.Single(Fires(Post("2027-04-10", "policy\n  rule expired-content error\n\n"), Rule, NextDay, "9:11-9:21"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Silent(Post("2027-04-10  # cmplan-ignore expired-content"), Rule, NextDay);
        Silent(Post("2027-04-10").Replace("post a", "# cmplan-ignore expired-content\npost a", StringComparison.Ordinal), Rule, NextDay);
    }

    [Fact]
    public void Fix_deletes_the_block_and_is_unsafe()
    {
        var fix = Assert.Single(Assert.Single(Fires(Between(ExpiredPost), Rule, NextDay, "14:11-14:21")).Fixes);
        Assert.Equal("Delete the post 'a'", fix.Title);
        Assert.True(fix.IsPreferred);
        Assert.False(fix.IsSafe);
        Assert.Equal(Between(string.Empty), FixRoundTrip(Between(ExpiredPost), Rule, now: NextDay));
    }

    [Fact]
    public void Fix_deletes_a_queue_item()
    {
        var fixedPlan = FixRoundTrip(Queue("  expires 2027-03-09\n"), Rule, now: At(2027, 3, 10, 9, 0));
        Assert.Equal("channel x\n\nqueue q\n  on x\n  slots mon 09:00\n  start 2027-03-01\n\npost tip-b\n  queue q\n  text \"Astuce B\"\n", fixedPlan);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Crlf(Between(string.Empty)), FixRoundTrip(Crlf(Between(ExpiredPost)), Rule, now: NextDay));
    }
}
