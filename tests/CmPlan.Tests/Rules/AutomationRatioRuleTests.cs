using CmPlan.Analysis.Diagnostics;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class AutomationRatioRuleTests
{
    private const string Rule = RuleIds.AutomationRatio;

    private static string Post(string id, string at, string repeat = "", string on = "x") =>
        $"\npost {id}\n  on {on}\n  at {at}\n{(repeat.Length == 0 ? "" : $"  repeat {repeat}\n")}  text \"{id}\"\n";

    // The channel header is line 1, "channel x" (columns 1 to 10).
    private static string Plan(params string[] posts) => "channel x\n" + string.Concat(posts);

    [Fact]
    public void Fires_once_on_the_channel_header_naming_the_first_week()
    {
        // Mon 1 to Sun 7 March: the first publication and 6 reposts.
        var diagnostic = Assert.Single(Fires(Plan(Post("a", "2027-03-01 09:00", "every 1d times 6")), Rule, "1:1-1:10"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "In the week of Mon 1 Mar 2027, 6 of the 7 publications on x are reposts (86%), more than the policy's max-automated of 50%. "
            + "It is the only such week: mix in new content or repost less.",
            diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Counts_the_weeks_that_are_like_this()
    {
        var diagnostic = Assert.Single(Fires(Plan(Post("a", "2027-03-03 09:00", "every 1d times 16")), Rule, "1:1-1:10"));
        Assert.Equal(
            "In the week of Mon 1 Mar 2027, 4 of the 5 publications on x are reposts (80%), more than the policy's max-automated of 50%. "
            + "3 weeks are like this in all: mix in new content or repost less.",
            diagnostic.Message);
    }

    [Fact]
    public void Silent_at_exactly_max_automated()
    {
        // Four publications, two of them reposts: 50%.
        Silent(Plan(Post("a", "2027-03-01 09:00", "every 1d times 1"), Post("b", "2027-03-03 09:00", "every 1d times 1")), Rule);
        Fires(Plan(Post("a", "2027-03-01 09:00", "every 1d times 1"), Post("b", "2027-03-03 09:00", "every 1d times 2")), Rule, "1:1-1:10");
    }

    [Fact]
    public void Silent_below_four_publications_a_week()
    {
        // Sun 28 Feb, then three reposts Mon to Wed: the week of 1 March has only reposts, but only three.
        Silent(Plan(Post("a", "2027-02-28 09:00", "every 1d times 3")), Rule);
        Fires(Plan(Post("a", "2027-02-28 09:00", "every 1d times 4")), Rule, "1:1-1:10");
    }

    [Fact]
    public void Weeks_are_iso_weeks_even_across_the_new_year()
    {
        // Thu 31 Dec 2026 to Sun 3 Jan 2027 are all in week 53 of 2026, which starts on Mon 28 Dec.
        var diagnostic = Assert.Single(Fires(Plan(Post("a", "2026-12-31 09:00", "every 1d times 3")), Rule, "1:1-1:10"));
        Assert.StartsWith("In the week of Mon 28 Dec 2026, 3 of the 4 publications on x are reposts (75%)", diagnostic.Message, StringComparison.Ordinal);
        Silent(Plan(Post("a", "2027-01-01 09:00", "every 1d times 3")), Rule);
    }

    [Fact]
    public void Counts_queue_reposts_and_each_channel_on_its_own()
    {
        var plan = "channel x\nchannel y\n\nqueue q\n  on x, y\n  slots daily 09:00\n  start 2027-03-01\n  recycle times 6\n\npost item\n  queue q\n  text \"I\"\n";
        Fires(plan, Rule, "1:1-1:10", "2:1-2:10");
    }

    [Fact]
    public void Uses_local_dates_for_weeks_in_the_plan_zone()
    {
        // Monday 8 March 00:30 in Paris is still Sunday in UTC: it belongs to the next week, not to the week of 1 March.
        var plan = "plan \"P\"\n  timezone Europe/Paris\n\n" + Plan(Post("a", "2027-03-04 00:30", "every 1d times 4"));
        var diagnostic = Assert.Single(Fires(plan, Rule, "4:1-4:10"));
        Assert.StartsWith("In the week of Mon 1 Mar 2027, 3 of the 4 publications", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_the_policy_and_its_severity()
    {
        var plan = Plan(Post("a", "2027-03-01 09:00", "every 1d times 6"));
        Silent(plan + "\npolicy\n  max-automated 90%\n", Rule);
        Silent(plan + "\npolicy\n  max-automated 100%\n", Rule);
        Silent(plan + "\npolicy\n  rule automation-ratio off\n", Rule);
        var one = Plan(Post("a", "2027-03-01 09:00", "every 1d times 1"), Post("b", "2027-03-03 09:00"), Post("c", "2027-03-04 09:00"));
        Silent(one, Rule);
        Assert.Contains("1 of the 4 publications on x is a repost (25%), more than the policy's max-automated of 0%", Assert.Single(Fires(one + "\npolicy\n  max-automated 0%\n", Rule, "1:1-1:10")).Message, StringComparison.Ordinal);
        var error = Assert.Single(Fires(plan + "\npolicy\n  rule automation-ratio error\n", Rule, "1:1-1:10"));
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void Can_be_silenced_on_the_channel_header() =>
        Silent(Plan(Post("a", "2027-03-01 09:00", "every 1d times 6")).Replace("channel x\n", "channel x  # cmplan-ignore automation-ratio\n", StringComparison.Ordinal), Rule);
}
