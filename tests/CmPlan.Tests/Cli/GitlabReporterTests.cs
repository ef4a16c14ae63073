using System.Text.Json;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary><c>check --format gitlab</c>: what GitLab's Code Quality widget requires of each issue, over the examples.</summary>
public sealed class GitlabReporterTests
{
    [Fact]
    public void Every_issue_has_the_fields_gitlab_requires_a_known_severity_and_its_own_fingerprint()
    {
        var run = Cmd.Run(Repo.Root(), "check", "examples", "--format", "gitlab", "--now", "2027-02-15");
        var issues = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var text = Cmd.Run(Repo.Root(), "check", "examples", "--now", "2027-02-15").Out;

        Assert.Equal(1, run.ExitCode);
        // The text lists one line per problem, then the summary and the configuration lines.
        Assert.Equal(text.Split('\n').Length - 3, issues.Count);
        foreach (var issue in issues)
        {
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("description").GetString()));
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("check_name").GetString()));
            Assert.Matches("^[0-9a-f]{32}$", issue.GetProperty("fingerprint").GetString());
            Assert.Contains(issue.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" });
            Assert.StartsWith("examples/", issue.GetProperty("location").GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.True(issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() >= 1);
        }

        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData("syntax", "blocker")]
    [InlineData("unbounded-repost", "critical")]
    [InlineData("dated-content", "major")]
    [InlineData("past-publication", "minor")]
    [InlineData("off-slot", "info")]
    public void Severities_map_to_gitlab_levels(string rule, string level)
    {
        var run = Cmd.Run(Repo.Root(), "check", "examples", "--format", "gitlab", "--now", "2027-02-15");
        var issue = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().First(i => i.GetProperty("check_name").GetString() == rule);

        Assert.Equal(level, issue.GetProperty("severity").GetString());
    }
}
