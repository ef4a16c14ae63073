using System.Text;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Tests.Cli;

/// <summary><c>cmplan fix</c>, <c>cmplan rules</c> and <c>cmplan explain</c> through the command line.</summary>
public class FixCommandTests : IDisposable
{
    private const string Unbounded = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d\n  text \"Bonjour\"\n";
    private const string Bounded = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d until 2027-05-11 09:00\n  text \"Bonjour\"\n";
    private const string Expired = "channel x\n\n# Vieille promo\npost vieux\n  on x\n  at 2027-03-02 09:00\n  expires 2027-01-15\n  text \"Promo\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static readonly string[] Now = ["--now", "2027-02-01"];

    private const string BoundTitle = "unbounded-repost: Stop on Tue 11 May 2027 09:00, at its 10th repost, max-repeats 10 (add 'until 2027-05-11 09:00')";

    [Fact]
    public void Applies_safe_fixes_writes_the_file_and_says_what_it_applied()
    {
        temp.Write("plans/a.cmplan", Unbounded);
        var run = Cmd.Run(temp.Path, ["fix", "plans", .. Now]);
        Assert.Equal("", run.Error);
        Assert.Equal($"plans/a.cmplan:6:10: {BoundTitle}\nApplied 1 fix in 1 file; 0 errors remain.\n", run.Out);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Bounded, temp.Read("plans/a.cmplan"));
    }

    [Fact]
    public void Is_idempotent()
    {
        temp.Write("a.cmplan", Unbounded);
        Cmd.Run(temp.Path, ["fix", "a.cmplan", .. Now]);
        var second = Cmd.Run(temp.Path, ["fix", "a.cmplan", .. Now]);
        Assert.Equal("Applied 0 fixes in 0 files; 0 errors remain.\n", second.Out);
        Assert.Equal(Bounded, temp.Read("a.cmplan"));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_then_the_same_list_and_writes_nothing()
    {
        temp.Write("a.cmplan", Unbounded);
        var run = Cmd.Run(temp.Path, ["fix", "--dry-run", "a.cmplan", .. Now]);
        Assert.Equal(
            "--- a/a.cmplan\n+++ b/a.cmplan\n@@ -3,5 +3,5 @@\n post a\n   on x\n   at 2027-03-02 09:00\n-  repeat every 7d\n+  repeat every 7d until 2027-05-11 09:00\n   text \"Bonjour\"\n"
            + $"a.cmplan:6:10: {BoundTitle}\n"
            + "Would apply 1 fix in 1 file; 0 errors remain.\n",
            run.Out);
        Assert.Equal(Unbounded, temp.Read("a.cmplan"));
    }

    [Fact]
    public void Unsafe_fixes_only_with_the_flag()
    {
        temp.Write("a.cmplan", Expired);
        // after-expiry (an error) has no fix when the first publication is itself late; only deleting helps.
        var safe = Cmd.Run(temp.Path, ["fix", "a.cmplan", .. Now]);
        Assert.Equal(
            "a.cmplan:6:6: error after-expiry: The first publication (Tue 2 Mar 2027) is after this content expires (Fri 15 Jan 2027): it would go out already out of date. Publish it earlier, or correct 'expires'.\n"
            + "a.cmplan:7:11: warning expired-content: This content expired on Fri 15 Jan 2027, before now (Mon 1 Feb 2027 00:00): it has no place left in the plan. Delete the post, or correct 'expires' if it is still valid.\n"
            + "Applied 0 fixes in 0 files; 1 error remains.\n",
            safe.Out);
        Assert.Equal(1, safe.ExitCode);
        Assert.Equal(Expired, temp.Read("a.cmplan"));

        var run = Cmd.Run(temp.Path, ["fix", "--unsafe", "a.cmplan", .. Now]);
        Assert.Equal("a.cmplan:3:1: expired-content: Delete the post 'vieux'\nApplied 1 fix in 1 file; 0 errors remain.\n", run.Out);
        Assert.Equal("channel x\n\n", temp.Read("a.cmplan"));
    }

    [Fact]
    public void Unsafe_keeps_the_files_leading_comments_when_it_deletes_the_first_post()
    {
        const string Header = "# Owner: Julie. Do not edit without approval.\n# Plan des promos de l'hiver\n\n";
        temp.Write("a.cmplan", Header + "post vieux\n  on x\n  at 2027-03-02 09:00\n  expires 2027-01-15\n  text \"Soldes d'hiver ❄️\"\n\nchannel x\n");
        var run = Cmd.Run(temp.Path, ["fix", "--unsafe", "a.cmplan", .. Now]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Header + "channel x\n", temp.Read("a.cmplan"));

        // Right above the header, with no blank line, they are still the file's.
        temp.Write("b.cmplan", "# Owner: Julie.\npost vieux\n  on x\n  at 2027-03-02 09:00\n  expires 2027-01-15\n  text \"Promo\"\n\nchannel x\n");
        Cmd.Run(temp.Path, ["fix", "--unsafe", "b.cmplan", .. Now]);
        Assert.Equal("# Owner: Julie.\n\nchannel x\n", temp.Read("b.cmplan"));
    }

    [Fact]
    public void Keeps_crlf_and_bom_and_exits_1_when_errors_remain()
    {
        var text = (Unbounded + "\npost b\n  on nowhere\n  at 2027-03-02 09:00\n  text \"x\"\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        temp.WriteBytes("a.cmplan", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var run = Cmd.Run(temp.Path, ["fix", "a.cmplan", .. Now]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"a.cmplan:6:10: {BoundTitle}\n"
            + "a.cmplan:10:6: error unknown-reference: No channel 'nowhere' is declared.\n"
            + "Applied 1 fix in 1 file; 1 error remains.\n",
            run.Out);
        var expected = (Bounded + "\npost b\n  on nowhere\n  at 2027-03-02 09:00\n  text \"x\"\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(temp.Full("a.cmplan")));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_a_failure_with_its_errors_counted()
    {
        // "Soldes d'été" saved in Latin-1: 0xE9 is no UTF-8.
        temp.WriteBytes("latin1.cmplan", [.. Encoding.UTF8.GetBytes("channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d\n  text \"Soldes d'"), 0xE9, .. Encoding.UTF8.GetBytes("t\u00e9\"\n")]);
        var before = File.ReadAllBytes(temp.Full("latin1.cmplan"));
        var run = Cmd.Run(temp.Path, ["fix", "latin1.cmplan", .. Now]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cmplan: latin1.cmplan: not fixed: invalid UTF-8 at byte 82\n", run.Error);
        Assert.Contains("latin1.cmplan:6:10: error unbounded-repost: ", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("Applied 0 fixes in 0 files; 2 errors remain; 1 file could not be fixed.\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(temp.Full("latin1.cmplan")));
    }

    /// <summary>The plan of issue 12, where fixes made a clean plan worse and said nothing of it.</summary>
    private const string Printemps = """
        # Printemps 2027 — Maison Lavande
        plan "Printemps 2027"
          timezone Europe/Paris
          start 2027-03-01
          end 2027-06-30

        channel x
          slots weekdays 09:00 12:30 18:00

        queue astuces
          on x
          slots weekdays 12:30
          recycle times 2

        post astuce-1
          queue astuces
          text "Répondez aux messages en moins de 24 h."

        post rappel-atelier
          on x
          at 2027-03-23 18:00
          repeat every 1d times 2
          expires 2027-03-25
          text "Atelier « Savons à froid » jeudi à 18h, il reste des places ! #atelier"

        post savons
          on x
          at 2027-03-02 09:00
          repeat every 3d
          text "Nos savons sont fabriqués à Grasse depuis 2005 🌿"

        post lancement
          on x
          at 2027-03-02 12:50
          text "Notre nouvelle gamme arrive 🎉"

        """;

    [Fact]
    public void Fixes_only_remove_problems_on_the_plan_of_the_issue()
    {
        temp.Write("printemps.cmplan", Printemps);
        var run = Cmd.Run(temp.Path, ["fix", "--unsafe", "printemps.cmplan", .. Now]);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        // What it did, first, in the order applied; then what remains, as check prints it.
        Assert.Equal("printemps.cmplan:29:16: repost-too-frequent: Repeat every 7d (the policy's min-interval)", lines[0]);
        Assert.Equal("printemps.cmplan:29:10: unbounded-repost: Stop on Tue 11 May 2027 09:00, at its 10th repost, max-repeats 10 (add 'until 2027-05-11 09:00')", lines[1]);
        Assert.Equal("Applied 2 fixes in 1 file; 0 errors remain.", lines[^2]);
        // The reminders the two days before the event stay: 'every 7d' would publish them after it (and never 'times 0').
        // The forever repost is bounded at its 10th repost: no too-many-repeats. 'lancement' stays off its slot: at 12:30 it
        // would clash with the queue. 'expires 2005-12-31' would make the first publication late: not written.
        Assert.Equal(Printemps.Replace("  repeat every 3d\n", "  repeat every 7d until 2027-05-11 09:00\n", StringComparison.Ordinal), temp.Read("printemps.cmplan"));
        Assert.Contains("printemps.cmplan:22:16: warning repost-too-frequent: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("printemps.cmplan:34:6: hint off-slot: ", run.Out, StringComparison.Ordinal);
        foreach (var absent in new[] { "after-expiry", "too-many-repeats", "span-too-long", "slot-conflict" })
        {
            Assert.DoesNotContain(absent, run.Out, StringComparison.Ordinal);
        }

        var safe = Cmd.Run(temp.Path, ["fix", "printemps.cmplan", .. Now]);
        Assert.EndsWith("Applied 0 fixes in 0 files; 0 errors remain.\n", safe.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_fixes_bound_but_do_not_move_reposts()
    {
        temp.Write("printemps.cmplan", Printemps);
        var run = Cmd.Run(temp.Path, ["fix", "printemps.cmplan", .. Now]);
        Assert.StartsWith(
            "printemps.cmplan:29:10: unbounded-repost: Stop on Thu 1 Apr 2027 09:00, at its 10th repost, max-repeats 10 (add 'until 2027-04-01 09:00')\n",
            run.Out,
            StringComparison.Ordinal);
        Assert.Equal(Printemps.Replace("  repeat every 3d\n", "  repeat every 3d until 2027-04-01 09:00\n", StringComparison.Ordinal), temp.Read("printemps.cmplan"));
    }

    [Fact]
    public void Stdin_and_missing_paths_are_usage_errors()
    {
        Cmd.Run(temp.Path, "fix", "-").AssertUsageError("fix rewrites files");
        Cmd.Run(temp.Path, "fix").AssertUsageError("fix needs at least one path");
        Cmd.Run(temp.Path, "fix", "--sure", "a.cmplan").AssertUsageError("--sure");
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_default_severity()
    {
        var run = Cmd.Run(temp.Path, "rules");
        Assert.Equal(0, run.ExitCode);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches($"(?m)^  {rule.Id} +{rule.DefaultSeverity.ToString().ToLowerInvariant()} ", run.Out);
        }
    }

    [Fact]
    public void Explain_prints_every_rules_documentation()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var run = Cmd.Run(temp.Path, "explain", rule.Id);
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"# {rule.Id}\n", run.Out, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(Support.Repo.Root(), rule.DocPath)), run.Out);
        }
    }

    [Fact]
    public void Explain_suggests_the_closest_rule() =>
        Cmd.Run(temp.Path, "explain", "unbounded-reposts").AssertUsageError("did you mean 'unbounded-repost'?");
}
