using CmPlan.Analysis;
using CmPlan.Analysis.Diagnostics;
using CmPlan.Analysis.Fixing;
using CmPlan.Analysis.Incremental;
using CmPlan.Grammar.Text;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Fixing;

/// <summary><see cref="FixVerifier"/>: the fixes offered (editor, <c>check --format json|sarif</c>) are those that only remove problems.</summary>
public class FixVerifierTests
{
    private static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = Plans.DefaultNow };

    /// <summary>Two posts off x's slots on Tuesday 2 March 2027; at 12:30 the queue already publishes (its one item, daily from the 1st).</summary>
    private const string Plan = """
        channel x
          slots weekdays 09:00 12:30

        queue astuces
          on x
          slots weekdays 12:30
          start 2027-03-01
          recycle times 3

        post astuce-1
          queue astuces
          text "Répondez aux messages en moins de 24 h."

        post atelier
          on x
          at 2027-03-02 09:20
          text "Atelier « Savons à froid » ce samedi 🧼"

        post lancement
          on x
          at 2027-03-02 12:50
          text "Notre nouvelle gamme arrive 🎉"

        post rappel
          on x
          at 2027-03-23 09:00
          repeat every 1d times 2
          expires 2027-03-25
          text "Plus que quelques places pour l'atelier de jeudi !"

        """;

    private static FixVerifier Verifier() => new(new AnalysisSession(SourceText.From(Plan), Options));

    [Fact]
    public void A_move_onto_a_slot_the_queue_uses_is_not_offered()
    {
        var verifier = Verifier();
        var offSlot = verifier.Result.Diagnostics.Where(d => d.Rule == RuleIds.OffSlot).ToList();
        Assert.Equal(2, offSlot.Count);
        // 09:20 → 09:00 is free; 12:50 → 12:30 would clash with astuce-1 (slot-conflict).
        Assert.True(verifier.Qualifies(offSlot[0], Assert.Single(offSlot[0].Fixes)));
        Assert.False(verifier.Qualifies(offSlot[1], Assert.Single(offSlot[1].Fixes)));

        var verified = verifier.Verified().Where(d => d.Rule == RuleIds.OffSlot).ToList();
        Assert.Equal("Move to 09:00, the nearest slot time", Assert.Single(verified[0].Fixes).Title);
        Assert.Empty(verified[1].Fixes);
    }

    [Fact]
    public void Reminders_before_an_event_are_not_spread_past_it()
    {
        // 'every 7d' would publish the two reminders after the event (after-expiry): not offered, safe or not.
        var verifier = Verifier();
        var frequent = Assert.Single(verifier.Result.Diagnostics, d => d.Rule == RuleIds.RepostTooFrequent);
        Assert.False(verifier.Qualifies(frequent, Assert.Single(frequent.Fixes)));
        Assert.Empty(Assert.Single(verifier.Verified(), d => d.Rule == RuleIds.RepostTooFrequent).Fixes);
    }

    [Fact]
    public void Checking_leaves_the_session_as_it_was()
    {
        var session = new AnalysisSession(SourceText.From(Plan), Options);
        var before = session.Result;
        var verifier = new FixVerifier(session);
        foreach (var diagnostic in before.Diagnostics)
        {
            foreach (var fix in diagnostic.Fixes)
            {
                verifier.Qualifies(diagnostic, fix);
            }
        }

        Assert.Same(before, session.Result);
        Assert.Equal(Plan, session.Source.Text);
    }

    [Fact]
    public void Check_json_shows_only_the_fixes_that_qualify()
    {
        using var temp = new Cli.TempFolder();
        temp.Write("plan.cmplan", Plan);
        var run = Cli.Cmd.Run(temp.Path, ["check", "--format", "json", "--now", "2027-02-01", "plan.cmplan"]);
        Assert.Contains("Move to 09:00, the nearest slot time", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Move to 12:30", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Repeat every 7d", run.Out, StringComparison.Ordinal);
    }
}
