using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using NodaTime;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class PastPublicationRuleTests
{
    private const string Rule = RuleIds.PastPublication;

    private static readonly PlanClock Now = PlanClock.AtLocal(new LocalDateTime(2027, 3, 15, 10, 0));

    // Line 8 holds the at (columns 6 to 22).
    private static string Plan(string at, string repeat = "", string zone = "Europe/Paris", string policy = "") =>
        $"plan \"P\"\n  timezone {zone}\n\n{policy}channel x\n\npost a\n  on x\n  at {at}\n{(repeat.Length == 0 ? "" : $"  repeat {repeat}\n")}  text \"A\"\n";

    [Fact]
    public void Fires_when_the_first_publication_is_before_now()
    {
        var diagnostic = Assert.Single(Fires(Plan("2027-03-15 09:59"), Rule, Now, "8:6-8:22"));
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal(
            "This post's first publication, Mon 15 Mar 2027 09:59, is already past (now is Mon 15 Mar 2027 10:00). If it has not gone out yet, give it a new date.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("2027-03-15 10:00")]
    [InlineData("2027-03-15 10:01")]
    public void Silent_from_now_on(string at) => Silent(Plan(at), Rule, Now);

    [Fact]
    public void Fires_once_on_the_at_whatever_the_reposts_still_to_come() =>
        Fires(Plan("2027-03-01 09:00", "every 7d times 3"), Rule, Now, "8:6-8:22");

    [Fact]
    public void Compares_instants_with_now_given_as_an_instant()
    {
        // 14:00 UTC is 10:00 in New York (summer time since 14 March).
        var now = PlanClock.At(Instant.FromUtc(2027, 3, 15, 14, 0));
        Silent(Plan("2027-03-15 10:30", zone: "America/New_York"), Rule, now);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-15 09:30", zone: "America/New_York"), Rule, now, "8:6-8:22"));
        Assert.Contains("(now is Mon 15 Mar 2027 10:00)", diagnostic.Message, StringComparison.Ordinal);
        Fires(Plan("2027-03-15 10:30", zone: "UTC"), Rule, now, "8:6-8:22");
    }

    [Fact]
    public void A_time_in_the_gap_is_first_published_after_it()
    {
        // 02:30 on 28 March goes out at 03:30, summer time.
        Silent(Plan("2027-03-28 02:30"), Rule, PlanClock.AtLocal(new LocalDateTime(2027, 3, 28, 3, 15)));
        var diagnostic = Assert.Single(Fires(Plan("2027-03-28 02:30"), Rule, PlanClock.AtLocal(new LocalDateTime(2027, 3, 28, 3, 45)), "8:6-8:22"));
        Assert.StartsWith("This post's first publication, Sun 28 Mar 2027 03:30, is already past (now is Sun 28 Mar 2027 03:45).", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Silent_on_queue_items()
    {
        var plan = "channel x\n\nqueue q\n  on x\n  slots daily 09:00\n  start 2027-01-01\n\npost a\n  queue q\n  text \"A\"\n";
        Silent(plan, Rule, Now);
    }

    [Fact]
    public void Follows_its_severity()
    {
        Silent(Plan("2027-03-01 09:00", policy: "policy\n  rule past-publication off\n\n"), Rule, Now);
        var diagnostic = Assert.Single(Fires(Plan("2027-03-01 09:00", policy: "policy\n  rule past-publication warning\n\n"), Rule, Now, "11:6-11:22"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_its_line() =>
        Silent(Plan("2027-03-01 09:00  # cmplan-ignore past-publication"), Rule, Now);
}
