using System.Text;
using System.Text.Json;
using CmPlan.Tests.Cli.SafeWrites;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.Hardening;

/// <summary>
/// Issue 13, finding 1 and 9: the folder given is the boundary. A walk follows no symbolic link out
/// of it; a link named on the command line is read, never written; snippets and messages carry
/// the offending token at most, cut at 80 characters; <c>cmplan.json</c> is looked up no higher
/// than the repository root, and every format names the one used.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class BoundaryTests : IDisposable
{
    private const string Clean = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n";

    private const string Messy = "channel x\n\npost a\n      on x\n      at 2027-03-02 09:00\n      text \"Bonjour\"\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_link_to_the_process_environment_is_not_read_by_a_folder_walk()
    {
        temp.Write("repo/plan.cmplan", Clean);
        File.CreateSymbolicLink(temp.Full("repo/env.cmplan"), "/proc/self/environ");
        const string Secret = "CI_SECRET=hunter2-do-not-leak";
        var run = CmplanProcess.Run(
            CmplanProcess.Dotnet,
            [CmplanProcess.Dll, "check", ".", "--format", "sarif", "--now", "2027-02-01"],
            temp.Full("repo"),
            new Dictionary<string, string> { ["CI_SECRET"] = "hunter2-do-not-leak" });

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("hunter2", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Out, StringComparison.Ordinal);
        Assert.Equal("cmplan: env.cmplan: not read: a symbolic link out of the folder (.)\n", run.Error);
        using var sarif = JsonDocument.Parse(run.Out);
        Assert.Empty(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void A_link_named_on_the_command_line_is_read_with_snippets_cut_at_80_characters()
    {
        // Asked for by name, the environment is read — but what comes back is one token, cut.
        temp.Write("repo/.keep", "");
        File.CreateSymbolicLink(temp.Full("repo/env.cmplan"), "/proc/self/environ");
        var value = new string('s', 200);
        var run = CmplanProcess.Run(
            CmplanProcess.Dotnet,
            [CmplanProcess.Dll, "check", "env.cmplan", "--format", "sarif", "--now", "2027-02-01"],
            temp.Full("repo"),
            new Dictionary<string, string> { ["CI_SECRET"] = value });

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(value[..81], run.Out, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(run.Out);
        foreach (var result in sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("snippet").GetProperty("text").GetString()!.Length <= 81);
            Assert.False(result.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("contextRegion", out _));
        }
    }

    [Fact]
    public void Format_of_a_folder_does_not_rewrite_a_file_outside_it_through_a_link()
    {
        var victim = temp.Write("victim/their.cmplan", Messy);
        temp.Write("repo/mine.cmplan", Messy);
        File.CreateSymbolicLink(temp.Full("repo/inner.cmplan"), "../victim/their.cmplan");

        var run = Cmd.Run(temp.Full("repo"), "format", ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("cmplan: inner.cmplan: not read: a symbolic link out of the folder (.)\n", run.Error);
        Assert.Equal("1 file reformatted, 0 files left unchanged\n", run.Out);
        Assert.Equal(Messy, File.ReadAllText(victim));
        Assert.Equal(Clean, temp.Read("repo/mine.cmplan"));
    }

    [Fact]
    public void A_link_inside_the_folder_to_a_plan_of_the_folder_is_that_plan_once()
    {
        temp.Write("repo/real.cmplan", Messy);
        File.CreateSymbolicLink(temp.Full("repo/alias.cmplan"), "real.cmplan");
        var run = Cmd.Run(temp.Full("repo"), "format", ".");
        Assert.Equal((0, "", "1 file reformatted, 0 files left unchanged\n"), (run.ExitCode, run.Error, run.Out));
        Assert.NotNull(new FileInfo(temp.Full("repo/alias.cmplan")).LinkTarget);
    }

    [Theory]
    [InlineData("fix")]
    [InlineData("format")]
    public void A_link_named_on_the_command_line_is_not_written(string command)
    {
        var target = temp.Write("elsewhere/plan.cmplan", "channel x\n\npost a\n      on x\n      at 2027-03-02 09:00\n      repeat every 7d\n      text \"Bonjour\"\n");
        var before = File.ReadAllText(target);
        Directory.CreateDirectory(temp.Full("repo"));
        File.CreateSymbolicLink(temp.Full("repo/link.cmplan"), target);
        var run = Cmd.Run(temp.Full("repo"), command == "fix" ? ["fix", "link.cmplan", "--now", "2027-02-01"] : ["format", "link.cmplan"]);
        Assert.Equal(SafeWriteTests.FailedWriteExit(command), run.ExitCode);
        Assert.Contains("cmplan: link.cmplan: not written: a symbolic link (fix and format write only regular files inside the folder they are given)\n", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(target));
    }

    [Fact]
    public void A_huge_id_is_named_not_echoed()
    {
        var id = new string('é', 1_000_000);
        temp.Write("huge.cmplan", $"channel x\n\npost {id}\n  on {id}\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n");
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var run = Cmd.Run(temp.Path, "check", "huge.cmplan", "--format", format, "--now", "2027-02-01");
            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain(new string('é', 81), run.Out, StringComparison.Ordinal);
            Assert.Contains(new string('é', 20) + "…", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_config_lookup_stops_at_the_repository_root()
    {
        // A cmplan.json above the repository (here: its parent) must not turn error rules off.
        temp.Write("cmplan.json", "{\"rules\": {\"after-expiry\": \"off\", \"unbounded-repost\": \"off\"}}");
        Directory.CreateDirectory(temp.Full("repo/.git"));
        temp.Write("repo/plans/plan.cmplan", "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  repeat every 7d\n  text \"Bonjour\"\n");

        var run = Cmd.Run(temp.Full("repo"), "check", "plans", "--now", "2027-02-01");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error unbounded-repost", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("\nConfiguration: none (built-in defaults)\n", run.Out, StringComparison.Ordinal);

        // Inside the repository, it is found (a .git file, as in a worktree, counts as well).
        Directory.Delete(temp.Full("repo/.git"));
        temp.Write("repo/.git", "gitdir: /elsewhere\n");
        temp.Write("repo/cmplan.json", "{\"rules\": {\"unbounded-repost\": \"off\"}}");
        run = Cmd.Run(temp.Full("repo"), "check", "plans", "--now", "2027-02-01");
        Assert.Equal((0, "No problems in 1 file\nConfiguration: cmplan.json\n"), (run.ExitCode, run.Out));
    }

    [Fact]
    public void Every_format_names_the_configuration_used()
    {
        temp.Write("cmplan.json", "{\"rules\": {\"unbounded-repost\": \"off\"}}");
        temp.Write("a/plan.cmplan", Clean);
        temp.Write("b/.git", "");
        temp.Write("b/plan.cmplan", Clean);
        string Check(string format) => Cmd.Run(temp.Path, "check", "a", "b", "--format", format, "--now", "2027-02-01").Out;

        Assert.EndsWith("No problems in 2 files\nConfigurations: cmplan.json, none (built-in defaults)\n", Check("text"), StringComparison.Ordinal);
        Assert.EndsWith("::debug::Configurations: cmplan.json, none (built-in defaults)\n", Check("github"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Check("json"));
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(("a/plan.cmplan", "cmplan.json"), (files[0].GetProperty("path").GetString(), files[0].GetProperty("config").GetString()));
        Assert.Equal(JsonValueKind.Null, files[1].GetProperty("config").ValueKind);
        using var sarif = JsonDocument.Parse(Check("sarif"));
        var properties = sarif.RootElement.GetProperty("runs")[0].GetProperty("properties");
        Assert.Equal(["cmplan.json"], properties.GetProperty("configurations").EnumerateArray().Select(c => c.GetString()));
        Assert.True(properties.GetProperty("builtInDefaults").GetBoolean());
    }

    [Fact]
    public void Config_given_a_folder_says_so()
    {
        temp.Write("plan.cmplan", Clean);
        Directory.CreateDirectory(temp.Full("ci"));
        Cmd.Run(temp.Path, "check", "plan.cmplan", "--config", "ci")
            .AssertUsageError("cmplan: --config ci is a folder: give the file itself (--config ci/cmplan.json)");
    }

    [Fact]
    public void A_utf8_file_name_with_a_newline_cannot_forge_a_github_command()
    {
        var name = "x\n::error file=README.md,line=1::pwned\n.cmplan";
        temp.WriteBytes(name, Encoding.UTF8.GetBytes("channel x\n\npost a\n  on y\n  at 2027-03-02 09:00\n  text \"Bonjour\"\n"));
        var run = Cmd.Run(temp.Path, "check", ".", "--format", "github", "--now", "2027-02-01");
        Assert.Equal(1, run.ExitCode);
        Assert.All(run.Out.TrimEnd('\n').Split('\n'), line => Assert.Matches("^::(error|warning|notice|debug) ", line.Replace("::debug::", "::debug ", StringComparison.Ordinal)));
        Assert.DoesNotContain("\n::error file=README.md", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("::error file=x\\x0a%3A%3Aerror file=README.md%2Cline=1%3A%3Apwned\\x0a.cmplan,", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("x\\x0a::error file=README.md,line=1::pwned\\x0a.cmplan:4:6: error", Cmd.Run(temp.Path, "check", ".", "--now", "2027-02-01").Out, StringComparison.Ordinal);
    }
}
