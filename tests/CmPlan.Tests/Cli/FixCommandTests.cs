using System.Text;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Tests.Cli;

/// <summary><c>cmplan fix</c>, <c>cmplan rules</c> and <c>cmplan explain</c> through the command line.</summary>
public class FixCommandTests : IDisposable
{
    private const string Unbounded = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d\n  text \"Bonjour\"\n";
    private const string Bounded = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d until 2027-05-31\n  text \"Bonjour\"\n";
    private const string Expired = "channel x\n\n# Vieille promo\npost vieux\n  on x\n  at 2027-03-02 09:00\n  expires 2027-01-15\n  text \"Promo\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static readonly string[] Now = ["--now", "2027-02-01"];

    [Fact]
    public void Applies_safe_fixes_and_writes_the_file()
    {
        temp.Write("plans/a.cmplan", Unbounded);
        var run = Cmd.Run(temp.Path, ["fix", "plans", .. Now]);
        Assert.Equal("", run.Error);
        Assert.Equal("Applied 1 fix in 1 file; 0 errors remain.\n", run.Out);
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
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        temp.Write("a.cmplan", Unbounded);
        var run = Cmd.Run(temp.Path, ["fix", "--dry-run", "a.cmplan", .. Now]);
        Assert.Equal(
            "--- a/a.cmplan\n+++ b/a.cmplan\n@@ -3,5 +3,5 @@\n post a\n   on x\n   at 2027-03-02 09:00\n-  repeat every 7d\n+  repeat every 7d until 2027-05-31\n   text \"Bonjour\"\n"
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
        Assert.Equal("Applied 0 fixes in 0 files; 1 error remains.\n", safe.Out);
        Assert.Equal(1, safe.ExitCode);
        Assert.Equal(Expired, temp.Read("a.cmplan"));

        var run = Cmd.Run(temp.Path, ["fix", "--unsafe", "a.cmplan", .. Now]);
        Assert.Equal("Applied 1 fix in 1 file; 0 errors remain.\n", run.Out);
        Assert.Equal("channel x\n\n", temp.Read("a.cmplan"));
    }

    [Fact]
    public void Keeps_crlf_and_bom_and_exits_1_when_errors_remain()
    {
        var text = (Unbounded + "\npost b\n  on nowhere\n  at 2027-03-02 09:00\n  text \"x\"\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        temp.WriteBytes("a.cmplan", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var run = Cmd.Run(temp.Path, ["fix", "a.cmplan", .. Now]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Applied 1 fix in 1 file; 1 error remains.\n", run.Out);
        var expected = (Bounded + "\npost b\n  on nowhere\n  at 2027-03-02 09:00\n  text \"x\"\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(temp.Full("a.cmplan")));
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
