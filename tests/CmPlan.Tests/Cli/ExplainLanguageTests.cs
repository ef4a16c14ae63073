using CmPlan.Analysis.Diagnostics;

namespace CmPlan.Tests.Cli;

/// <summary><c>cmplan explain --lang fr|en</c>: the rule's page in the language asked for, as shipped in the executable.</summary>
public class ExplainLanguageTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Explain_in_french_prints_every_rules_french_documentation()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var run = Cmd.Run(temp.Path, "explain", rule.Id, "--lang", "fr");
            Assert.Equal("", run.Error);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(File.ReadAllText(Path.Combine(Support.Repo.Root(), RuleDocs.Path(rule.Id, DocLanguage.French))), run.Out);
        }
    }

    [Fact]
    public void The_language_may_come_before_the_rule_and_english_is_the_default()
    {
        var french = Cmd.Run(temp.Path, "explain", "--lang=fr", "unbounded-repost");
        Assert.StartsWith("# unbounded-repost\n\n[English](../unbounded-repost.md) · Français\n\n**Gravité par défaut\u202F:** erreur", french.Out, StringComparison.Ordinal);

        var english = Cmd.Run(temp.Path, "explain", "unbounded-repost", "--lang", "en");
        Assert.Equal(Cmd.Run(temp.Path, "explain", "unbounded-repost").Out, english.Out);
        Assert.StartsWith("# unbounded-repost\n\nEnglish · [Français](fr/unbounded-repost.md)\n\n**Default severity:** error", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_language_is_a_usage_error()
    {
        Cmd.Run(temp.Path, "explain", "unbounded-repost", "--lang", "de").AssertUsageError("invalid --lang 'de': expected fr or en");
        Cmd.Run(temp.Path, "explain", "unbounded-repost", "--lang", "english").AssertUsageError("invalid --lang 'english'");
        Cmd.Run(temp.Path, "explain", "unbounded-repost", "--lang").AssertUsageError("option '--lang' needs a value");
    }

    [Theory]
    [InlineData("CMPLAN_LANG", "fr")]
    [InlineData("LANG", "fr_FR.UTF-8")]
    public void Without_the_option_the_language_comes_from_the_environment_like_every_command(string name, string value)
    {
        var run = Cmd.RunWithEnvironment(temp.Path, [], new Dictionary<string, string> { [name] = value }, "explain", "unbounded-repost");
        Assert.Equal(File.ReadAllText(Path.Combine(Support.Repo.Root(), RuleDocs.Path("unbounded-repost", DocLanguage.French))), run.Out);
        var english = Cmd.RunWithEnvironment(temp.Path, [], new Dictionary<string, string> { [name] = value }, "explain", "unbounded-repost", "--lang", "en");
        Assert.StartsWith("# unbounded-repost\n\nEnglish · [Français]", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_names_the_option()
    {
        var run = Cmd.Run(temp.Path, "explain", "--help");
        Assert.Contains("Usage: cmplan explain <rule-id> [--lang fr|en]", run.Out, StringComparison.Ordinal);
        Assert.Contains("--lang <l>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_doc_path_and_link_follow_the_language()
    {
        Assert.Equal("docs/rules/fr/off-slot.md", RuleDocs.Path("off-slot", DocLanguage.French));
        Assert.Equal("docs/rules/off-slot.md", RuleDocs.Path("off-slot", DocLanguage.English));
        Assert.Equal("https://github.com/cmplan/cmplan/blob/main/docs/rules/fr/off-slot.md", RuleDocs.HelpUri("off-slot", DocLanguage.French).ToString());
        Assert.Equal(RuleCatalog.Get("off-slot").HelpUri, RuleDocs.HelpUri("off-slot", DocLanguage.English));
    }
}
