using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class RepostTooFrequentRuleTests
{
    private const string Rule = RuleIds.RepostTooFrequent;

    private static string Plan(string repeat, string at = "2027-03-02 09:00", string policy = "") =>
        $"{policy}channel x\n\npost a\n  on x\n  at {at}\n  repeat {repeat}\n  text \"Bonjour\"\n";

    [Fact]
    public void Fires_on_the_duration_when_shorter_than_min_interval()
    {
        var diagnostic = Assert.Single(Fires(Plan("every 5d times 3"), Rule, "6:16-6:18"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Repeats every 5 days, more often than the policy minimum of 7 days (min-interval 7d): the first repost would come back on Sun 7 Mar 2027 09:00. Space the reposts out.",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("every 7d times 3")]
    [InlineData("every 1w times 3")]
    [InlineData("every 168h times 3")]
    [InlineData("every 10080min times 3")]
    public void Silent_at_exactly_min_interval(string repeat) => Silent(Plan(repeat), Rule);

    [Fact]
    public void A_month_is_compared_as_the_calendar_month_it_spans()
    {
        var policy = "policy\n  min-interval 30d\n\n";
        Fires(Plan("every 1mo times 2", "2027-01-31 09:00", policy), Rule, "9:16-9:19");
        Silent(Plan("every 1mo times 2", "2027-03-01 09:00", policy), Rule);
    }

    [Fact]
    public void Follows_the_policy_and_its_severity()
    {
        Silent(Plan("every 5d times 3", policy: "policy\n  min-interval 3d\n\n"), Rule);
        Silent(Plan("every 5d times 3", policy: "policy\n  rule repost-too-frequent off\n\n"), Rule);
        var diagnostic = Assert.Single(Fires(Plan("every 5d times 3", policy: "policy\n  rule repost-too-frequent error\n\n"), Rule, "9:16-9:18"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Also_fires_on_an_unbounded_repeat() => Fires(Plan("every 2d"), Rule, "6:16-6:18");

    [Fact]
    public void Can_be_silenced_on_its_line() =>
        Silent(Plan("every 5d times 3  # cmplan-ignore repost-too-frequent"), Rule);

    [Fact]
    public void Fix_sets_the_duration_to_min_interval()
    {
        var fixedPlan = FixRoundTrip(Plan("every 5d times 3"), Rule);
        Assert.Equal(Plan("every 7d times 3"), fixedPlan);
        // Unsafe: every repost moves (contract §5).
        Assert.False(Assert.Single(Assert.Single(CmPlan.Tests.Support.Plans.Analyze(Plan("every 5d times 3")).Diagnostics, d => d.Rule == Rule).Fixes).IsSafe);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var crlf = Plan("every 5d times 3").Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Plan("every 7d times 3").Replace("\n", "\r\n", StringComparison.Ordinal), FixRoundTrip(crlf, Rule));
    }
}
