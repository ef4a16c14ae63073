using System.Text.Json;
using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Tests.Cli;

public class RulesCommandTests
{
    private static readonly string Here = Path.GetTempPath();

    [Fact]
    public void Rules_as_json_give_every_rule_with_its_metadata_and_documentation()
    {
        var run = Cmd.Run(Here, "rules", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));

        var repost = rules.Single(r => r.GetProperty("id").GetString() == "unbounded-repost");
        Assert.Equal("error", repost.GetProperty("severity").GetString());
        Assert.False(repost.GetProperty("structural").GetBoolean());
        Assert.Equal("Unbounded repost", repost.GetProperty("title").GetString());
        Assert.Equal("https://github.com/cmplan/cmplan/blob/main/docs/rules/unbounded-repost.md", repost.GetProperty("helpUri").GetString());
        Assert.Equal(
            File.ReadAllText(Path.Combine(Support.Repo.Root(), "docs/rules/unbounded-repost.md")),
            repost.GetProperty("documentation").GetString());

        var syntax = rules.Single(r => r.GetProperty("id").GetString() == "syntax");
        Assert.True(syntax.GetProperty("structural").GetBoolean());
        Assert.Equal("error", syntax.GetProperty("severity").GetString());
    }

    [Fact]
    public void Rules_text_is_the_default_and_other_formats_are_usage_errors()
    {
        Assert.Equal(Cmd.Run(Here, "rules").Out, Cmd.Run(Here, "rules", "--format=text").Out);
        Cmd.Run(Here, "rules", "--format", "sarif").AssertUsageError("invalid --format 'sarif': expected text or json");
    }
}
