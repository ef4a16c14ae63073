using System.Text.RegularExpressions;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Docs;

/// <summary>
/// The French pages beside the English ones — the language guide, the README's first sections and
/// the rule docs: linked both ways, the guide with the same sections and examples, the README with
/// the same commands, every relative link and anchor leading somewhere, French prose set the French way.
/// </summary>
public partial class TranslatedPagesTests
{
    private static string Full(string relative) => Path.Combine(Repo.Root(), relative);

    private static MarkdownPage Page(string relative) => MarkdownPage.Read(Full(relative));

    public static TheoryData<string> FrenchPages() =>
        [.. new[] { "README.fr.md", "docs/fr/language-guide.md" }
            .Concat(Directory.EnumerateFiles(Full("docs/rules/fr"), "*.md").Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(Repo.Root(), f).Replace('\\', '/')))];

    [Theory]
    [InlineData("README.md", "README.fr.md", "README.fr.md", "README.md")]
    [InlineData("docs/language-guide.md", "docs/fr/language-guide.md", "fr/language-guide.md", "../language-guide.md")]
    public void The_english_and_french_pages_link_each_other_at_the_top(string english, string french, string toFrench, string toEnglish)
    {
        Assert.Equal($"English · [Français]({toFrench})", File.ReadLines(Full(english)).ElementAt(2));
        Assert.Equal($"[English]({toEnglish}) · Français", File.ReadLines(Full(french)).ElementAt(2));
    }

    [Fact]
    public void The_french_guide_has_the_english_guides_sections_and_examples()
    {
        var english = Page("docs/language-guide.md");
        var french = Page("docs/fr/language-guide.md");
        Assert.Equal(english.Headings.Select(h => h.Level), french.Headings.Select(h => h.Level));
        Assert.Equal<string>(english.CodeBlocks, french.CodeBlocks);
    }

    [Fact]
    public void The_french_readme_gives_the_commands_of_the_english_readmes_first_sections()
    {
        var readme = File.ReadAllText(Full("README.md")).ReplaceLineEndings("\n");
        var firstSections = MarkdownPage.Parse(readme[..readme.IndexOf("\n## In VS Code", StringComparison.Ordinal)]);
        var english = firstSections.CodeBlocks.Select(WithoutComments).ToList();
        Assert.True(english.Count >= 4, "the README's first sections show the install, the first commands, a plan and CI");
        Assert.Equal(english, Page("README.fr.md").CodeBlocks.Select(WithoutComments));
    }

    [Fact]
    public void Comments_are_what_the_readme_comparison_leaves_out()
    {
        Assert.Equal("```bash\ncmplan check examples\n```", WithoutComments("```bash\n# Puis :\ncmplan check examples    # code de sortie 1\n```"));
        Assert.Equal("```\n  text\n    #communitymanagement\n```", WithoutComments("```\n  text\n    #communitymanagement\n```"));
    }

    // A comment is a line starting with "# " or a " # " after a command; "#hashtag" is text.
    private static string WithoutComments(string block) =>
        string.Join('\n', block.Split('\n')
            .Where(line => !line.StartsWith("# ", StringComparison.Ordinal))
            .Select(line => TrailingComment().Replace(line, "")));

    [GeneratedRegex(@"\s+#\s.*$")]
    private static partial Regex TrailingComment();

    [Theory]
    [MemberData(nameof(FrenchPages))]
    public void Every_relative_link_of_a_french_page_leads_to_a_file_and_heading_that_exist(string page)
    {
        var folder = Path.GetDirectoryName(Full(page))!;
        var broken = new List<string>();
        foreach (var target in Page(page).LinkTargets.Where(t => !t.Contains("://", StringComparison.Ordinal)))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var path = file.Length == 0 ? Full(page) : Path.GetFullPath(Path.Combine(folder, file));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                broken.Add(target);
            }
            else if (hash >= 0 && !Anchors(MarkdownPage.Read(path)).Contains(target[(hash + 1)..]))
            {
                broken.Add(target);
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(FrenchPages))]
    public void French_prose_is_set_the_french_way(string page) =>
        Assert.Empty(FrenchTypography.Problems(Page(page)));

    [Fact]
    public void The_typography_check_catches_what_an_english_keyboard_types()
    {
        var page = MarkdownPage.Parse("# x\n\nLa règle : elle \"republie\" ! Le repost l'emporte?\nUn « mot ».\n\n```\nat 09:00 # repost : ok\n```\n");
        Assert.Equal(6, FrenchTypography.Problems(page).Count);
        Assert.Empty(FrenchTypography.Problems(MarkdownPage.Parse("La règle\u202F: «\u202Fok\u202F»\u202F! `repost` 09:00, [x](a's.md)\n")));
    }

    [Fact]
    public void Anchors_are_made_as_github_makes_them()
    {
        var page = MarkdownPage.Parse("## 6. Réglages\u202F: valeurs par défaut, `cmplan.json` et `policy`\n### L’horizon\n### «\u202FMaintenant\u202F»\n### Exemple\n### Exemple\n");
        Assert.Equal(["6-réglages-valeurs-par-défaut-cmplanjson-et-policy", "lhorizon", "maintenant", "exemple", "exemple-1"], Anchors(page));
    }

    /// <summary>The ids GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    private static List<string> Anchors(MarkdownPage page)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<string>();
        foreach (var (_, text) in page.Headings)
        {
            var slug = NotInAnchor().Replace(text.ToLowerInvariant(), "").Replace(' ', '-');
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc} -]")]
    private static partial Regex NotInAnchor();
}
