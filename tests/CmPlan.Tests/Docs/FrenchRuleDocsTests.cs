using CmPlan.Analysis.Diagnostics;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Docs;

/// <summary>
/// Every rule has its documentation in English (<c>docs/rules/</c>) and in French
/// (<c>docs/rules/fr/</c>): the same sections in the same order, the same plan examples byte for
/// byte, each page linking to the other (their typography and links: <see cref="TranslatedPagesTests"/>).
/// </summary>
public class FrenchRuleDocsTests
{
    public static TheoryData<string> RuleIds() => [.. RuleCatalog.All.Select(r => r.Id)];

    private static MarkdownPage Page(string id, DocLanguage language) =>
        MarkdownPage.Read(Path.Combine(Repo.Root(), RuleDocs.Path(id, language)));

    [Fact]
    public void Every_rule_of_the_catalogue_has_both_docs()
    {
        var missing = RuleCatalog.All
            .SelectMany(r => new[] { DocLanguage.English, DocLanguage.French }.Select(l => RuleDocs.Path(r.Id, l)))
            .Where(path => !File.Exists(Path.Combine(Repo.Root(), path)))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void No_doc_is_left_without_a_rule()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = new[] { "docs/rules", "docs/rules/fr" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repo.Root(), folder), "*.md"))
            .Where(file => !ids.Contains(Path.GetFileNameWithoutExtension(file)))
            .ToList();
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_french_doc_has_the_english_docs_sections(string id)
    {
        var english = Page(id, DocLanguage.English);
        var french = Page(id, DocLanguage.French);
        Assert.Equal(english.Headings.Select(h => h.Level), french.Headings.Select(h => h.Level));
        Assert.Equal((1, id), french.Headings[0]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_french_doc_shows_the_same_plan_examples_unchanged(string id)
    {
        var english = Page(id, DocLanguage.English);
        Assert.NotEmpty(english.CodeBlocks);
        Assert.Equal<string>(english.CodeBlocks, Page(id, DocLanguage.French).CodeBlocks);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_doc_links_to_the_other(string id)
    {
        Assert.Contains($"fr/{id}.md", Page(id, DocLanguage.English).LinkTargets);
        Assert.Contains($"../{id}.md", Page(id, DocLanguage.French).LinkTargets);
    }
}
