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
        Assert.Contains(RuleIds.UnboundedRepost, outcome.AppliedRules);
        Assert.Contains(RuleIds.RepostTooFrequent, outcome.AppliedRules);
        Assert.Contains(RuleIds.Whitespace, outcome.AppliedRules);
        Assert.Equal("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d until 2027-05-31\n  text \"Bonjour\"\n", outcome.Text);
        AssertSettled(outcome);
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
    public void Off_slot_does_not_undo_the_nonexistent_time_fix()
    {
        // Regression: nonexistent-time moved 02:30 to 03:30 (the time it goes out), off-slot moved it back to the 02:30 slot.
        var plan = "plan \"Le Caveau\"\n  timezone Europe/Paris\n\nchannel instagram\n  slots sat, sun 02:30\n\npost derniere-tournee\n  on instagram\n  at 2027-03-28 02:30\n  text \"Dernière tournée au Caveau 🍻\"\n";
        var outcome = Fix(plan);
        Assert.Equal(plan.Replace("2027-03-28 02:30", "2027-03-28 03:30", StringComparison.Ordinal), outcome.Text);
        Assert.Equal<string>([RuleIds.NonexistentTime], outcome.AppliedRules);
        AssertSettled(outcome);
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
