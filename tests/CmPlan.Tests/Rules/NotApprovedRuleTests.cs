using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using NodaTime;
using static CmPlan.Tests.Support.RuleAssert;

namespace CmPlan.Tests.Rules;

public class NotApprovedRuleTests
{
    private const string Rule = RuleIds.NotApproved;

    /// <summary>Now: Monday 1 March 2027, 09:00 in Paris.</summary>
    private static readonly PlanClock Now = PlanClock.AtLocal(new LocalDateTime(2027, 3, 1, 9, 0));

    /// <summary>The status on line 8, its value from column 10.</summary>
    private static string Post(string at, string status, string policy = "") =>
        $"plan \"P\"\n  timezone Europe/Paris\n{policy}\nchannel linkedin\n\npost lancement\n  on linkedin\n  status {status}\n  at {at}\n  text \"Notre gamme de printemps arrive !\"\n";

    [Fact]
    public void Fires_when_the_first_publication_is_closer_than_the_approval_lead()
    {
        var diagnostic = Assert.Single(Fires(Post("2027-03-03 08:59", "review"), Rule, Now, "8:10-8:16"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(
            "This post is still in review, and its first publication is Wed 3 Mar 2027 08:59, less than 2 days from now (Mon 1 Mar 2027 09:00; approval-lead 2d). Get it approved and write 'status approved', or move it later.",
            diagnostic.Message);
        Silent(Post("2027-03-03 09:00", "review"), Rule, Now);
        Silent(Post("2027-03-02 09:00", "approved"), Rule, Now);
    }

    [Fact]
    public void A_draft_already_past_is_reported_too()
    {
        var diagnostic = Assert.Single(Fires(Post("2027-02-26 12:00", "draft"), Rule, Now, "8:10-8:15"));
        Assert.StartsWith("This post is still a draft, and its first publication, Fri 26 Feb 2027 12:00, is already past (now is Mon 1 Mar 2027 09:00).", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lead_comes_from_the_policy_and_is_a_calendar_duration()
    {
        Fires(Post("2027-03-05 09:00", "review", "\npolicy\n  approval-lead 1w\n"), Rule, Now, "11:10-11:16");
        Silent(Post("2027-03-08 09:00", "review", "\npolicy\n  approval-lead 1w\n"), Rule, Now);
    }

    [Fact]
    public void Queue_items_are_checked_against_their_first_slot()
    {
        var plan = "channel x\n\nqueue astuces\n  on x\n  start 2027-03-02\n  slots daily 08:00\n\npost astuce-1\n  queue astuces\n  status draft\n  text \"Répondez en moins de 24 h.\"\n";
        Fires(plan, Rule, PlanClock.AtLocal(new LocalDateTime(2027, 3, 1, 9, 0)), "10:10-10:15");
        Silent(plan, Rule, PlanClock.AtLocal(new LocalDateTime(2027, 2, 27, 7, 0)));
    }
}
