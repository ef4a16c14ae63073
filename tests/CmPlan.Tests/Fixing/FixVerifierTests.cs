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

    /// <summary>
    /// Twelve misspelt channels whose fix lands the post on another's 09:00 (a slot-conflict with a post
    /// no fix touches) and twelve whose fix is clean: a large plan has many such fixes (issue 15:
    /// <c>check --format json</c> was 9× a text check, one analysis per failing fix).
    /// </summary>
    private static string Clashes()
    {
        var plan = new System.Text.StringBuilder("channel linkedin\n");
        for (var day = 1; day <= 12; day++)
        {
            plan.Append(System.Globalization.CultureInfo.InvariantCulture, $"""

                post webinaire-{day}
                  on linkedin
                  at 2027-03-{day:00} 09:00
                  text "Webinaire n°{day} : les bases du savon à froid 🧼"

                post rappel-{day}
                  on linkedn
                  at 2027-03-{day:00} 09:00
                  text "Rappel : webinaire n°{day} ce matin !"

                post merci-{day}
                  on linkedn
                  at 2027-03-{day:00} 17:00
                  text "Merci d'être venus au webinaire n°{day} 🙏"

                """);
        }

        return plan.ToString();
    }

    [Fact]
    public void Fixes_that_clash_with_a_post_no_fix_touches_are_withheld_without_a_trial_each()
    {
        var verifier = new FixVerifier(new AnalysisSession(SourceText.From(Clashes()), Options));
        var misspelt = verifier.Result.Diagnostics.Where(d => d.Rule == RuleIds.UnknownReference).ToList();
        Assert.Equal(24, misspelt.Count);

        var analyses = PlanAnalyzer.AnalysesOnThisThread;
        var verified = verifier.Verified().Where(d => d.Rule == RuleIds.UnknownReference).ToList();
        Assert.InRange(PlanAnalyzer.AnalysesOnThisThread - analyses, 1, 3);

        // What a trial of each fix alone says: only the evening posts' fixes remove problems.
        var alone = misspelt.Select(d => verifier.Qualifies(d, Assert.Single(d.Fixes))).ToList();
        Assert.Equal(alone, verified.Select(d => !d.Fixes.IsEmpty).ToList());
        Assert.Equal(12, alone.Count(q => q));
        Assert.All(verified.Where(d => !d.Fixes.IsEmpty), d => Assert.StartsWith("Merci", SourceText.From(Clashes()).Text[d.Span.Start..].Split('"')[1], StringComparison.Ordinal));
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
