using System.Text.Json;
using CmPlan.Tests.Cli.Diff;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.GithubAction;

/// <summary>
/// The GitHub Action's steps (<c>ci/action/run.sh</c>) against a real two-commit repository, with
/// the files GitHub gives a step (<c>GITHUB_STEP_SUMMARY</c>, <c>GITHUB_OUTPUT</c>) and a fake
/// <c>gh</c> that records the comment it is asked to write.
/// </summary>
public sealed class ActionScriptTests : IDisposable
{
    private readonly GitRepo repo = new();
    private readonly TempFolder runner = new();
    private readonly string baseSha;

    public ActionScriptTests()
    {
        baseSha = repo.Write("plans/printemps.cmplan", DiffPlans.Atelier()).Commit("plan");
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3")).Commit("times 3");
        CmplanShim.Write(runner, "bin");
        runner.Write("bin/gh", """
            #!/bin/sh
            # Records each call; answers the list of comments with FAKE_COMMENT_ID.
            echo "$*" >> "$GH_LOG"
            for arg in "$@"; do
              case "$arg" in
                body=@*) cp "${arg#body=@}" "$GH_BODY" ;;
                --paginate) [ -n "$FAKE_COMMENT_ID" ] && echo "$FAKE_COMMENT_ID" ;;
              esac
            done
            exit 0

            """);
        CmplanProcess.Run("chmod", ["+x", runner.Full("bin/gh")], runner.Path);
        runner.Write("summary.md", "");
        runner.Write("output.txt", "");
    }

    public void Dispose()
    {
        repo.Dispose();
        runner.Dispose();
    }

    private (int ExitCode, string Out, string Error) RunAction(Dictionary<string, string> inputs)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = $"{runner.Full("bin")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["INPUT_CMPLAN"] = runner.Full("bin/cmplan"),
            ["INPUT_PATHS"] = ".",
            ["INPUT_MAX_WARNINGS"] = "0",
            ["INPUT_NOW"] = DiffPlans.Now,
            ["INPUT_SARIF_FILE"] = "",
            ["INPUT_COMMENT"] = "false",
            ["BASE_SHA"] = "",
            ["PR_NUMBER"] = "",
            ["GITHUB_STEP_SUMMARY"] = runner.Full("summary.md"),
            ["GITHUB_OUTPUT"] = runner.Full("output.txt"),
            ["GITHUB_REPOSITORY"] = "maison-lavande/plans",
            ["RUNNER_TEMP"] = runner.Path,
            ["GH_LOG"] = runner.Full("gh.log"),
            ["GH_BODY"] = runner.Full("comment.md"),
            ["FAKE_COMMENT_ID"] = "",
        };
        foreach (var (name, value) in inputs)
        {
            environment[name] = value;
        }

        return CmplanProcess.Run("bash", [Path.Combine(Repo.Examples, "..", "ci", "action", "run.sh")], repo.Path, environment);
    }

    [Fact]
    public void On_a_pull_request_it_annotates_summarises_the_check_and_the_diff_and_fails_on_the_new_warning()
    {
        var (code, output, error) = RunAction(new() { ["BASE_SHA"] = baseSha, ["PR_NUMBER"] = "7", ["INPUT_SARIF_FILE"] = runner.Full("cmplan.sarif") });

        Assert.True(code == 1, error);
        Assert.StartsWith("::warning file=plans/printemps.cmplan,line=12,col=44,", output, StringComparison.Ordinal);
        var summary = runner.Read("summary.md");
        Assert.StartsWith("## cmplan check\n\n⚠️ 1 problem (0 errors, 1 warning, 0 infos, 0 hints) in 1 file.", summary, StringComparison.Ordinal);
        Assert.Contains("\n<!-- cmplan-diff -->\n## cmplan diff\n\n⚠️ **1 warning introduced** · 2 publications added, 0 removed, 0 moved", summary, StringComparison.Ordinal);
        Assert.Contains("- ➕ Wed 2027-04-14 12:30 +02:00 · `atelier` on `x`, repost 3", summary, StringComparison.Ordinal);
        var outputs = runner.Read("output.txt");
        Assert.Equal($"sarif-file={runner.Full("cmplan.sarif")}\ndiff-file={runner.Full("cmplan-diff.md")}\n", outputs);
        Assert.Equal("2.1.0", JsonDocument.Parse(runner.Read("cmplan.sarif")).RootElement.GetProperty("version").GetString());
        Assert.False(File.Exists(runner.Full("gh.log")));
    }

    [Fact]
    public void Outside_a_pull_request_it_writes_the_check_summary_only()
    {
        repo.Write("plans/printemps.cmplan", DiffPlans.Atelier());

        var (code, output, _) = RunAction([]);

        Assert.Equal(0, code);
        Assert.Equal("::debug::Configuration: none (built-in defaults)\n", output);
        Assert.Equal("## cmplan check\n\n✅ No problems in 1 file.\n\n| files | errors | warnings | infos | hints |\n|--:|--:|--:|--:|--:|\n| 1 | 0 | 0 | 0 | 0 |\n", runner.Read("summary.md"));
        Assert.Equal("", runner.Read("output.txt"));
    }

    [Fact]
    public void Max_warnings_lets_the_check_pass()
    {
        var (code, _, _) = RunAction(new() { ["INPUT_MAX_WARNINGS"] = "1" });

        Assert.Equal(0, code);
    }

    [Fact]
    public void The_first_comment_is_posted_with_the_diff()
    {
        RunAction(new() { ["BASE_SHA"] = baseSha, ["PR_NUMBER"] = "7", ["INPUT_COMMENT"] = "true" });

        Assert.Equal(
            "api repos/maison-lavande/plans/issues/7/comments --paginate --jq .[] | select(.body | startswith(\"<!-- cmplan-diff -->\")) | .id\n"
            + $"api --method POST repos/maison-lavande/plans/issues/7/comments -F body=@{runner.Full("cmplan-diff.md")}\n",
            runner.Read("gh.log"));
        Assert.Equal(runner.Read("cmplan-diff.md"), runner.Read("comment.md"));
        Assert.StartsWith("<!-- cmplan-diff -->\n## cmplan diff\n", runner.Read("comment.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_already_there_is_edited_in_place()
    {
        RunAction(new() { ["BASE_SHA"] = baseSha, ["PR_NUMBER"] = "7", ["INPUT_COMMENT"] = "true", ["FAKE_COMMENT_ID"] = "4242" });

        Assert.EndsWith(
            $"api --method PATCH repos/maison-lavande/plans/issues/comments/4242 -F body=@{runner.Full("cmplan-diff.md")}\n",
            runner.Read("gh.log"),
            StringComparison.Ordinal);
    }
}
