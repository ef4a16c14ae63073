using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.Diff;

/// <summary>A real git repository in a temporary folder: write plans, commit, run <c>cmplan</c> in it.</summary>
public sealed class GitRepo : IDisposable
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Camille",
        ["GIT_AUTHOR_EMAIL"] = "camille@example.org",
        ["GIT_COMMITTER_NAME"] = "Camille",
        ["GIT_COMMITTER_EMAIL"] = "camille@example.org",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
    };

    private readonly TempFolder folder = new();

    public GitRepo()
    {
        Git("init", "-q", "-b", "main");
    }

    public string Path => folder.Path;

    public string Full(string relative) => folder.Full(relative);

    public GitRepo Write(string relative, string text)
    {
        folder.Write(relative, text);
        return this;
    }

    /// <summary>Stages everything (deletions and renames included) and commits; returns the commit's id.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args)
    {
        var (code, output, error) = CmplanProcess.Run("git", args, Path, Identity);
        Assert.True(code == 0, $"git {string.Join(' ', args)} failed: {error}");
        return output;
    }

    public CliRun Cmplan(params string[] args) => Cmd.Run(Path, args);

    public void Dispose() => folder.Dispose();
}
