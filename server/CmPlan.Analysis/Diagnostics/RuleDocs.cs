using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>
/// Where a rule's documentation lives in each language: one place names the folders, so the
/// repository path, the link a SARIF <c>helpUri</c> or a hover gives and the name the page is
/// embedded under agree.
/// </summary>
public static class RuleDocs
{
    /// <summary>The page's path inside the repository: <c>docs/rules/&lt;id&gt;.md</c>, or <c>docs/rules/fr/&lt;id&gt;.md</c>.</summary>
    public static string Path(string id, DocLanguage language) => $"docs/rules/{InRulesFolder(id, language)}";

    /// <summary>The page on the project's site.</summary>
    public static Uri HelpUri(string id, DocLanguage language) => new(RuleCatalog.DocsBaseUri, InRulesFolder(id, language));

    /// <summary>The name the page is embedded under in the <c>cmplan</c> executable (see CmPlan.Cli.csproj).</summary>
    public static string ResourceName(string id, DocLanguage language) => $"rules/{InRulesFolder(id, language)}";

    /// <summary>The documentation's language for the messages' language.</summary>
    public static DocLanguage For(Language language) => language == Language.French ? DocLanguage.French : DocLanguage.English;

    private static string InRulesFolder(string id, DocLanguage language) => language switch
    {
        DocLanguage.French => $"fr/{id}.md",
        _ => $"{id}.md",
    };
}
