using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Fixing;

/// <summary><see cref="PlanFixer"/>: passes until nothing applies, idempotent, and never cycling between fixes that undo each other.</summary>
public class PlanFixerTests
{
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    private static FixOutcome Fix(string plan, bool includeUnsafe = false) =>
        PlanFixer.Fix(SourceText.From(plan), Options, new FixOptions(includeUnsafe));

    private static void AssertSettled(FixOutcome outcome)
    {
        Assert.DoesNotContain(outcome.Remaining, d => d.Fixes.Any(f => f.IsPreferred && f.IsSafe));
        Assert.False(Fix(outcome.Text).Changed, "fixing the fixed text again changed it");
    }

    [Fact]
    public void Applies_fixes_of_several_rules_in_one_run()
    {
        var outcome = Fix("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 5d\n  text \"Bonjour \"\n");
        // repost-too-frequent's fix changes when the content goes out: unsafe, not applied by default.
        Assert.Equal<string>([RuleIds.UnboundedRepost, RuleIds.Whitespace], outcome.AppliedRules);
        // The 10th repost (max-repeats) comes before 90 days (max-span): the bound is its date and time.
        Assert.Equal("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 5d until 2027-04-21 09:00\n  text \"Bonjour\"\n", outcome.Text);
        AssertSettled(outcome);
        Assert.Equal(
            "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d until 2027-05-11 09:00\n  text \"Bonjour\"\n",
            Fix("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 5d\n  text \"Bonjour \"\n", includeUnsafe: true).Text);
    }

    [Fact]
    public void Channels_with_different_slots_do_not_make_the_fixes_alternate()
    {
        // Regression: each channel's off-slot fix moved the post to its own slot, back and forth.
        var plan = "plan \"Cycles Saône\"\n  timezone Europe/Paris\n\nchannel x\n  slots weekdays 08:30 18:00\n\nchannel linkedin\n  slots tue-thu 12:30\n\npost lancement\n  on x, linkedin\n  at 2027-03-02 10:00\n  text \"Le Fourvière est arrivé 🚲\"\n";
        var outcome = Fix(plan);
        Assert.Equal(plan, outcome.Text);
        AssertSettled(outcome);
    }

    [Fact]
    public void A_fix_that_adds_a_problem_of_any_severity_is_not_applied()
    {
        // The nonexistent-time fix would move the post off its 02:30 slot: an off-slot hint it did not have.
        var plan = "plan \"Le Caveau\"\n  timezone Europe/Paris\n\nchannel instagram\n  slots sat, sun 02:30\n\npost derniere-tournee\n  on instagram\n  at 2027-03-28 02:30\n  text \"Dernière tournée au Caveau 🍻\"\n";
        var outcome = Fix(plan, includeUnsafe: true);
        Assert.Equal(plan, outcome.Text);
        Assert.Empty(outcome.Applied);
        Assert.Contains(outcome.Remaining, d => d.Rule == RuleIds.NonexistentTime);
        Assert.DoesNotContain(outcome.Remaining, d => d.Rule == RuleIds.OffSlot);
    }

    [Fact]
    public void Unsafe_fixes_only_when_asked()
    {
        var plan = "channel x\n\npost vieux\n  on x\n  at 2027-03-02 09:00\n  expires 2027-01-15\n  text \"Bonjour\"\n";
        Assert.False(Fix(plan).Changed);
        Assert.Equal("channel x\n\n", Fix(plan, includeUnsafe: true).Text);
    }

    [Fact]
    public void Nothing_to_fix_changes_nothing()
    {
        var plan = "channel x\r\n\r\npost a\r\n  on x\r\n  at 2027-03-02 09:00\r\n  text \"Bonjour\"\r\n";
        var outcome = Fix(plan);
        Assert.False(outcome.Changed);
        Assert.Equal(plan, outcome.Text);
    }
}
