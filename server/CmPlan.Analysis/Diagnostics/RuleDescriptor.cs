using CmPlan.Analysis.Localization;

namespace CmPlan.Analysis.Diagnostics;

/// <summary>What every output needs to know about a rule: its id, default severity, whether it can be configured, and its texts.</summary>
public sealed record RuleDescriptor(
    string Id,
    Severity DefaultSeverity,
    bool IsStructural,
    string Title,
    string Summary)
{
    /// <summary>Where the rule's documentation lives in the repository.</summary>
    public string DocPath => RuleDocs.Path(Id, DocLanguage.English);

    public Uri HelpUri => RuleDocs.HelpUri(Id, DocLanguage.English);

    /// <summary>The documentation page in <paramref name="language"/> (SARIF's <c>helpUri</c>, hover and editor links).</summary>
    public Uri HelpUriIn(Language language) => RuleDocs.HelpUri(Id, RuleDocs.For(language));
}
