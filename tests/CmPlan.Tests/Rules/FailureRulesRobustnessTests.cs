using System.Text;
using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;
using NodaTime;

namespace CmPlan.Tests.Rules;

/// <summary>The five failure rules never throw at the ends of the calendar and stay linear on large plans.</summary>
public class FailureRulesRobustnessTests
{
    private static readonly string[] FailureRules =
        [RuleIds.UnboundedRepost, RuleIds.AfterExpiry, RuleIds.ExpiredContent, RuleIds.TooManyRepeats, RuleIds.SpanTooLong];

    [Theory]
    [InlineData("UTC", "at 9999-12-31 23:00", "repeat every 1min", "expires 9999-12-31")]
    [InlineData("UTC", "at 9999-12-31 23:00", "repeat every 1min times 99", "expires 9999-12-31 23:30")]
    [InlineData("America/New_York", "at 9999-12-31 23:00", "repeat every 1h until 9999-12-31", "expires 9999-12-31 23:59")]
    [InlineData("Pacific/Kiritimati", "at 0001-01-01 00:00", "repeat every 2147483647mo times 5", "expires 0001-01-01")]
    [InlineData("UTC", "at 2027-03-01 10:00", "repeat every 2147483647min", "expires 2027-03-01 09:00")]
    public void Posts_at_the_ends_of_time_do_not_throw(string zone, string at, string repeat, string expires)
    {
        var plan = $"plan \"p\"\n  timezone {zone}\n\npolicy\n  max-span 2147483647mo\n  max-repeats 0\n\nchannel x\n\n"
            + $"post a\n  on x\n  {at}\n  {repeat}\n  {expires}\n  text \"Bonjour\"\n";
        foreach (var now in new[] { PlanClock.At(Instant.MinValue), PlanClock.At(Instant.MaxValue), Plans.DefaultNow })
        {
            _ = Plans.Analyze(plan, now);
        }
    }

    [Theory]
    [InlineData("start 9999-12-31", "recycle")]
    [InlineData("start 9999-12-31 23:00", "recycle times 2147483647")]
    [InlineData("start 0001-01-01", "recycle until 9999-12-31")]
    public void Queues_at_the_ends_of_time_do_not_throw(string start, string recycle)
    {
        var plan = $"policy\n  max-span 1min\n  max-repeats 0\n\nchannel x\n\nqueue q\n  on x\n  slots daily 00:00 23:59\n  {start}\n  {recycle}\n\n"
            + "post a\n  queue q\n  expires 9999-12-31\n  text \"A\"\n\npost b\n  queue q\n  text \"B\"\n";
        _ = Plans.Analyze(plan, PlanClock.At(Instant.MaxValue));
    }

    [Fact]
    public void Ten_thousand_posts_are_all_checked()
    {
        var text = new StringBuilder("channel x\n\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("post p").Append(i).Append("\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d times 12\n  expires 2027-04-10\n  text \"Bonjour\"\n\n");
        }

        var result = Plans.Analyze(text.ToString(), PlanClock.AtLocal(new LocalDateTime(2027, 5, 1, 0, 0)));

        foreach (var rule in new[] { RuleIds.AfterExpiry, RuleIds.ExpiredContent, RuleIds.TooManyRepeats })
        {
            Assert.Equal(10_000, result.Diagnostics.Count(d => d.Rule == rule));
        }

        Assert.DoesNotContain(result.Diagnostics, d => d.Rule is RuleIds.UnboundedRepost or RuleIds.SpanTooLong);
    }
}
