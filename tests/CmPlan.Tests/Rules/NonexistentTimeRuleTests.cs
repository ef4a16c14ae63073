using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class NonexistentTimeRuleTests
{
    private const string Rule = RuleIds.NonexistentTime;

    // Line 8 holds the at (columns 6 to 22), line 9 the optional repeat (from column 10).
    private static string Plan(string at, string repeat = "", string zone = "Europe/Paris", string policy = "") =>
        $"plan \"P\"\n  timezone {zone}\n\n{policy}channel x\n\npost a\n  on x\n  at {at}\n{(repeat.Length == 0 ? "" : $"  repeat {repeat}\n")}  text \"A\"\n";

    [Fact]
    public void Fires_on_an_at_in_the_spring_gap_with_the_time_it_goes_out_as_a_safe_fix()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-28 02:30"), Rule, "8:6-8:22"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(
            "Sun 28 Mar 2027 02:30 does not exist in Europe/Paris: that night the clocks go forward from 02:00 to 03:00. "
            + "As written, it would be published at 03:30. Write a time that exists, such as 03:30.",
            diagnostic.Message);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.True(fix.IsPreferred);
        Assert.True(fix.IsSafe);
        Assert.Equal("Use 2027-03-28 03:30, the time it really resolves to", fix.Title);
    }

    [Theory]
    [InlineData("2027-03-28 02:00")]
    [InlineData("2027-03-28 02:59")]
    public void Fires_from_the_start_to_the_end_of_the_gap(string at) => Fires(Plan(at), Rule, "8:6-8:22");

    [Theory]
    [InlineData("2027-03-28 01:59")]
    [InlineData("2027-03-28 03:00")]
    [InlineData("2027-03-27 02:30")]
    [InlineData("2027-10-31 02:30")]
    public void Silent_on_times_that_exist(string at) => Silent(Plan(at), Rule);

    [Fact]
    public void Silent_in_utc() => Silent(Plan("2027-03-28 02:30", zone: "UTC"), Rule);

    [Fact]
    public void Follows_the_zone_of_the_plan()
    {
        Silent(Plan("2027-03-14 02:30"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-14 02:30", zone: "America/New_York"), Rule, "8:6-8:22"));
        Assert.StartsWith("Sun 14 Mar 2027 02:30 does not exist in America/New_York", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_a_repeat_until_with_a_time_never_on_a_bare_date()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-21 02:30", "every 7d until 2027-03-28 02:30"), Rule, "9:25-9:41"));
        Assert.Equal(
            "Sun 28 Mar 2027 02:30 does not exist in Europe/Paris: that night the clocks go forward from 02:00 to 03:00. "
            + "As written, it means 03:30. Write a time that exists, such as 03:30.",
            diagnostic.Message);
        Assert.True(Assert.Single(diagnostic.Fixes).IsSafe);
        Silent(Plan("2027-03-21 02:30", "every 7d until 2027-03-28"), Rule);
    }

    [Fact]
    public void Fires_on_a_queue_start_and_a_recycle_until()
    {
        var plan = "plan \"P\"\n  timezone Europe/Paris\n  start 2027-03-28\n\nchannel x\n\nqueue q\n  on x\n  slots daily 09:00\n"
            + "  start 2027-03-28T02:15\n  recycle until 2028-03-26 02:45\n\npost a\n  queue q\n  text \"A\"\n";
        Fires(plan, Rule, "10:9-10:25", "11:17-11:33");

        // The plan's start, a date, is where a queue without its own start begins: never a gap.
        Silent(plan.Replace("  start 2027-03-28T02:15\n", "", StringComparison.Ordinal).Replace(" 02:45", "", StringComparison.Ordinal), Rule);
    }

    [Fact]
    public void A_gap_that_skips_a_whole_day_is_fixed_with_the_next_date()
    {
        // Samoa skipped Friday 30 December 2011.
        var diagnostic = Assert.Single(Fires(Plan("2011-12-30 12:00", zone: "Pacific/Apia"), Rule, "8:6-8:22"));
        Assert.StartsWith(
            "Fri 30 Dec 2011 12:00 does not exist in Pacific/Apia: that night the clocks go forward from 00:00 to Sat 31 Dec 2011 00:00.",
            diagnostic.Message,
            StringComparison.Ordinal);
        // The whole day is the gap: 12:00 goes out 24 hours later.
        Assert.Equal(Plan("2011-12-31 12:00", zone: "Pacific/Apia"), FixRoundTrip(Plan("2011-12-30 12:00", zone: "Pacific/Apia"), Rule));
    }

    [Fact]
    public void Follows_its_severity()
    {
        Silent(Plan("2027-03-28 02:30", policy: "policy\n  rule nonexistent-time off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-28 02:30", policy: "policy\n  rule nonexistent-time warning\n\n"), Rule, "11:6-11:22"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_its_line() =>
        Silent(Plan("2027-03-28 02:30  # cmplan-ignore nonexistent-time"), Rule);

    [Fact]
    public void Fix_writes_the_time_it_really_resolves_to()
    {
        Assert.Equal(Plan("2027-03-28 03:30"), FixRoundTrip(Plan("2027-03-28 02:30"), Rule));
        Assert.Equal(Plan("2027-03-14 03:45", zone: "America/New_York"), FixRoundTrip(Plan("2027-03-14 02:45", zone: "America/New_York"), Rule));

        // The until moves to the instant it already bounded at: the schedule stays the same.
        var until = Plan("2027-03-21 02:30", "every 7d until 2027-03-28 02:30");
        var fixedUntil = FixRoundTrip(until, Rule);
        Assert.Equal(Plan("2027-03-21 02:30", "every 7d until 2027-03-28 03:30"), fixedUntil);
        Assert.Equal(Schedule.ScheduleText.Times(until), Schedule.ScheduleText.Times(fixedUntil));
    }

    [Fact]
    public void Fix_is_unsafe_on_the_at_of_a_repeated_post()
    {
        // Moving the at to 03:30 moves every repost from 02:30 to 03:30.
        var diagnostic = Assert.Single(Fires(Plan("2027-03-28 02:30", "every 7d times 2"), Rule, "8:6-8:22"));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.False(fix.IsSafe);
        Assert.Equal("Use 2027-03-28 03:30, the time it really resolves to (its reposts move too)", fix.Title);
        Assert.Equal(Plan("2027-03-28 03:30", "every 7d times 2"), FixRoundTrip(Plan("2027-03-28 02:30", "every 7d times 2"), Rule));
    }

    [Fact]
    public void Fix_is_safe_on_a_queue_start()
    {
        var plan = "plan \"P\"\n  timezone Europe/Paris\n\nchannel x\n\nqueue q\n  on x\n  slots daily 09:00\n"
            + "  start 2027-03-28 02:15\n  recycle times 1\n\npost a\n  queue q\n  text \"A\"\n";
        var fix = Assert.Single(Assert.Single(Fires(plan, Rule, "9:9-9:25")).Fixes);
        Assert.True(fix.IsSafe);
        Assert.Contains("  start 2027-03-28 03:15\n", FixRoundTrip(plan, Rule), StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_keeps_the_t_separator() =>
        Assert.Equal(Plan("2027-03-28T03:30"), FixRoundTrip(Plan("2027-03-28T02:30"), Rule));

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var crlf = Plan("2027-03-28 02:30").Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Plan("2027-03-28 03:30").Replace("\n", "\r\n", StringComparison.Ordinal), FixRoundTrip(crlf, Rule));
    }
}
