using CmPlan.Tests.Cli.Diff;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.PreCommit;

/// <summary>
/// The project's <c>.pre-commit-hooks.yaml</c> run by the real <c>pre-commit</c> (Debian package,
/// installed by <c>ci/install-tools.sh</c>) with <c>pre-commit try-repo</c> in a user's repository.
/// </summary>
public sealed class PreCommitHooksTests : IDisposable
{
    private readonly GitRepo hooks = new();
    private readonly GitRepo user = new();
    private readonly TempFolder home = new();

    public PreCommitHooksTests()
    {
        hooks.Write(".pre-commit-hooks.yaml", File.ReadAllText(Path.Combine(Repo.Examples, "..", ".pre-commit-hooks.yaml"))).Commit("hooks");
        CmplanShim.Write(home, "bin");
    }

    public void Dispose()
    {
        hooks.Dispose();
        user.Dispose();
        home.Dispose();
    }

    private (int ExitCode, string Output) TryRepo(string hook)
    {
        var (code, output, error) = CmplanProcess.Run(
            "pre-commit",
            ["try-repo", hooks.Path, hook, "--all-files", "--color", "never"],
            user.Path,
            new Dictionary<string, string>
            {
                ["PATH"] = $"{home.Full("bin")}:{Environment.GetEnvironmentVariable("PATH")}",
                ["PRE_COMMIT_HOME"] = home.Full("cache"),
            });
        return (code, output + error);
    }

    [Fact]
    public void Cmplan_check_fails_the_commit_on_a_warning_and_says_where()
    {
        user.Write("plans/printemps.cmplan", DiffPlans.Atelier(repeat: "every 14d times 3"));
        user.Git("add", "-A");

        var (code, output) = TryRepo("cmplan-check");

        Assert.Equal(1, code);
        Assert.Contains("cmplan check", output, StringComparison.Ordinal);
        Assert.Contains("plans/printemps.cmplan:12:44: warning dated-content:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cmplan_check_passes_a_clean_plan()
    {
        user.Write("plans/printemps.cmplan", DiffPlans.Atelier());
        user.Git("add", "-A");

        var (code, output) = TryRepo("cmplan-check");

        Assert.True(code == 0, output);
        Assert.Matches(@"cmplan check\.+Passed", output);
    }

    [Fact]
    public void Cmplan_format_rewrites_a_plan_and_stops_the_commit_once()
    {
        user.Write("plans/printemps.cmplan", DiffPlans.Atelier().Replace("\n  ", "\n    ", StringComparison.Ordinal));
        user.Git("add", "-A");

        var (first, output) = TryRepo("cmplan-format");

        Assert.Equal(1, first);
        Assert.Contains("files were modified by this hook", output, StringComparison.Ordinal);
        Assert.Equal(DiffPlans.Atelier(), File.ReadAllText(user.Full("plans/printemps.cmplan")));
        user.Git("add", "-A");
        Assert.Equal(0, TryRepo("cmplan-format").ExitCode);
    }
}
