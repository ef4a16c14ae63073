using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class OffSlotRuleTests
{
    private const string Rule = RuleIds.OffSlot;

    // Line 8 holds the at (columns 6 to 22). 2 March 2027 is a Tuesday.
    private static string Plan(string at, string xSlots = "  slots weekdays 08:30 12:30 18:00\n", string on = "x", string policy = "") =>
        $"{policy}channel x\n{xSlots}channel y\n\npost a\n  on {on}\n  at {at}\n  text \"A\"\n";

    [Fact]
    public void Fires_with_the_channel_and_its_times_that_day_and_a_fix_to_the_nearest()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-02 09:15"), Rule, "7:6-7:22"));
        Assert.Equal(Severity.Hint, diagnostic.Severity);
        Assert.Equal("Tue 2 Mar 2027 09:15 is not one of x's slot times for Tuesdays (08:30, 12:30, 18:00); the nearest is 08:30.", diagnostic.Message);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.True(fix.IsPreferred);
        // Unsafe: the content goes out at another time (contract §5).
        Assert.False(fix.IsSafe);
        Assert.Equal("Move to 08:30, the nearest slot time", fix.Title);
    }

    [Theory]
    [InlineData("2027-03-02 08:30")]
    [InlineData("2027-03-02 12:30")]
    [InlineData("2027-03-02 18:00")]
    public void Silent_on_a_slot_time(string at) => Silent(Plan(at), Rule);

    [Fact]
    public void Silent_when_no_channel_of_the_post_has_slots()
    {
        Silent(Plan("2027-03-02 09:15", on: "y"), Rule);
        Silent(Plan("2027-03-02 09:15", xSlots: ""), Rule);
    }

    [Fact]
    public void A_day_without_slots_is_named_and_gets_no_fix()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-06 10:00"), Rule, "7:6-7:22"));
        Assert.Equal(
            "x has no slot on Saturdays: this post, at Sat 6 Mar 2027 10:00, is outside its usual days. Move it to a day with slots, or add one to the channel.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Uses_the_slot_times_of_that_weekday_only()
    {
        var slots = "  slots mon 09:00\n  slots tue, wed 10:00 17:00\n  slots tue 10:00\n";
        Silent(Plan("2027-03-01 09:00", slots), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-02 09:00", slots), Rule, "9:6-9:22"));
        Assert.Equal("Tue 2 Mar 2027 09:00 is not one of x's slot times for Tuesdays (10:00, 17:00); the nearest is 10:00.", diagnostic.Message);
    }

    [Fact]
    public void One_diagnostic_per_channel_and_no_fix_when_the_channels_share_no_slot_time()
    {
        var plan = "channel x\n  slots tue 09:00\nchannel y\n  slots tue 10:00 11:00\nchannel z\n\npost a\n  on x, y, z, x\n  at 2027-03-02 10:40\n  text \"A\"\n";
        var diagnostics = Fires(plan, Rule, "9:6-9:22", "9:6-9:22");
        Assert.Equal("Tue 2 Mar 2027 10:40 is not one of x's slot times for Tuesdays (09:00); the nearest is 09:00.", diagnostics[0].Message);
        Assert.Equal("Tue 2 Mar 2027 10:40 is not one of y's slot times for Tuesdays (10:00, 11:00); the nearest is 11:00.", diagnostics[1].Message);
        // Moving to x's 09:00 would put it off y's slots and back: a fix must suit every slotted channel.
        Assert.All(diagnostics, d => Assert.Empty(d.Fixes));
    }

    [Fact]
    public void The_fix_moves_to_the_nearest_time_every_slotted_channel_shares()
    {
        var plan = "channel x\n  slots tue 09:00 12:30\nchannel y\n  slots tue 12:30 18:00\n\npost a\n  on x, y\n  at 2027-03-02 10:40\n  text \"A\"\n";
        var first = CmPlan.Tests.Support.Plans.Analyze(plan).Diagnostics.First(d => d.Rule == Rule);
        var fixedPlan = CmPlan.Analysis.Fixing.EditApplier.Apply(plan, first.Fixes.Single().Edits);
        Assert.Equal(plan.Replace("10:40", "12:30", StringComparison.Ordinal), fixedPlan);
        Silent(fixedPlan, Rule); // one move settles both channels' hints

    }

    [Fact]
    public void The_fix_never_moves_into_a_clock_change_gap()
    {
        // The slot 02:30 does not exist on 28 March in Paris: offering it would fight nonexistent-time's fix.
        var plan = "plan \"P\"\n  timezone Europe/Paris\n\n" + Plan("2027-03-28 03:00", "  slots sun 02:30\n");
        Assert.Empty(Assert.Single(CmPlan.Tests.Support.Plans.Analyze(plan).Diagnostics, d => d.Rule == Rule).Fixes);
    }

    [Fact]
    public void A_tie_goes_to_the_earlier_slot() =>
        Assert.Equal(
            Plan("2027-03-02 08:00", "  slots tue 08:00 10:00\n"),
            FixRoundTrip(Plan("2027-03-02 09:00", "  slots tue 08:00 10:00\n"), Rule));

    [Fact]
    public void Compares_the_written_time_even_on_the_clock_change()
    {
        // 02:30 does not exist on 28 March in Paris (nonexistent-time says so), but it is the slot as written.
        var plan = "plan \"P\"\n  timezone Europe/Paris\n\n" + Plan("2027-03-28 02:30", "  slots sun 02:30\n");
        Silent(plan, Rule);
    }

    [Fact]
    public void Follows_its_severity()
    {
        Silent(Plan("2027-03-02 09:15", policy: "policy\n  rule off-slot off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-02 09:15", policy: "policy\n  rule off-slot info\n\n"), Rule, "10:6-10:22"));
        Assert.Equal(Severity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_its_line() =>
        Silent(Plan("2027-03-02 09:15  # cmplan-ignore off-slot"), Rule);

    [Fact]
    public void Fix_replaces_only_the_time()
    {
        Assert.Equal(Plan("2027-03-02 08:30"), FixRoundTrip(Plan("2027-03-02 09:15"), Rule));
        Assert.Equal(Plan("2027-03-02T18:00"), FixRoundTrip(Plan("2027-03-02T23:59"), Rule));
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var crlf = Plan("2027-03-02 09:15").Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Plan("2027-03-02 08:30").Replace("\n", "\r\n", StringComparison.Ordinal), FixRoundTrip(crlf, Rule));
    }
}
